package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Staff accounts: creation with the password policy, listing, disabling, password changes and removal. Disabling an
 * account, changing its password or removing it ends its sessions on every node.
 */
@ApplicationScoped
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    StaffSessions sessions;

    public record UserView(String username, String role, OffsetDateTime createdAt, OffsetDateTime disabledAt) {
        static UserView of(AppUser user) {
            return new UserView(user.username, user.role, user.createdAt, user.disabledAt);
        }
    }

    public List<UserView> list() {
        return AppUser.<AppUser>listAll(Sort.by("username")).stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView create(String username, String password, String role) {
        if (!Roles.isKnown(role)) {
            throw ApiProblem.invalidField("role", "must be one of curator, reviewer, admin");
        }
        checkPasswordPolicy(username, password);
        if (AppUser.count("username", username) > 0) {
            throw ApiProblem.conflict("User '" + username + "' already exists");
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        user.createdAt = OffsetDateTime.now();
        user.persist();
        return UserView.of(user);
    }

    /** Disables (true) or enables an account; disabling ends its sessions. An admin cannot disable themselves. */
    @Transactional
    public UserView setDisabled(String username, boolean disabled, String caller) {
        if (disabled && username.equals(caller)) {
            throw ApiProblem.conflict("An admin cannot disable their own account");
        }
        AppUser user = find(username);
        if (disabled && user.disabledAt == null) {
            user.disabledAt = OffsetDateTime.now();
            sessions.endAll(username);
        } else if (!disabled) {
            user.disabledAt = null;
        }
        return UserView.of(user);
    }

    /** Sets a new password (by an admin) and ends the account's sessions. */
    @Transactional
    public void changePassword(String username, String password) {
        AppUser user = find(username);
        checkPasswordPolicy(username, password);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        sessions.endAll(username);
    }

    /** A user's own change: the current password must be right; every session of the account ends, this one too. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String password) {
        AppUser user = find(username);
        if (currentPassword == null || !BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw ApiProblem.invalidField("current_password", "is not the current password");
        }
        changePassword(username, password);
    }

    @Transactional
    public void delete(String username, String caller) {
        if (username.equals(caller)) {
            throw ApiProblem.conflict("An admin cannot delete their own account");
        }
        if (AppUser.delete("username", username) == 0) {
            throw ApiProblem.notFound("User", username);
        }
    }

    public boolean anyAdmin() {
        return AppUser.count("role", Roles.ADMIN) > 0;
    }

    private static AppUser find(String username) {
        AppUser user = username == null ? null
                : AppUser.<AppUser>find("username", username.toLowerCase(Locale.ROOT)).firstResult();
        if (user == null) {
            throw ApiProblem.notFound("User", String.valueOf(username));
        }
        return user;
    }

    static void checkPasswordPolicy(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiProblem.invalidField("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 72) {
            throw ApiProblem.invalidField("password", "must have at most 72 characters (the bcrypt limit)");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw ApiProblem.invalidField("password", "must not contain the username");
        }
    }
}
