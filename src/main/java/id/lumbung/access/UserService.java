package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Staff accounts: creation with the password policy, listing, removal. */
@ApplicationScoped
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 12;

    public record UserView(String username, String role, OffsetDateTime createdAt) {
        static UserView of(AppUser user) {
            return new UserView(user.username, user.role, user.createdAt);
        }
    }

    public List<UserView> list() {
        return AppUser.<AppUser>findAll(Sort.by("username")).stream().map(UserView::of).toList();
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
