package id.lumbung.access;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Server-side sessions of the pages' sign-in, kept in PostgreSQL so every node knows them: the browser holds a random
 * 256-bit token, the database its SHA-256. Signing out ends one session; disabling a user, changing their password or
 * deleting them ends all of theirs, on every node at the next request.
 */
@ApplicationScoped
public class StaffSessions {

    /** Name of the session cookie. */
    public static final String COOKIE = "lumbung-sesi";
    /** The expiry moves forward at most this often, so a busy session is not written on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    @Inject
    AccessConfig config;

    /** Who a live session belongs to. */
    public record SignedIn(String username, String role) {
    }

    /** Opens a session for a user whose password was just checked; returns the token for the cookie. */
    @Transactional
    public String open(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now();
        StaffSession session = new StaffSession();
        session.tokenHash = ApiKeyService.sha256(token);
        session.username = username;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = expiry(now, now);
        session.persist();
        return token;
    }

    /** The user of a live session (not ended, not expired, account not disabled), moving its idle expiry forward. */
    @Transactional
    public Optional<SignedIn> resolve(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> rows = StaffSession.getEntityManager().createQuery("select s, c.role from StaffSession s, "
                        + "StaffCredential c where c.username = s.username and s.tokenHash = ?1 and s.endedAt is null "
                        + "and s.expiresAt > ?2", Object[].class)
                .setParameter(1, ApiKeyService.sha256(token)).setParameter(2, now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = (StaffSession) rows.getFirst()[0];
        if (session.lastSeenAt.isBefore(now.minus(TOUCH_EVERY))) {
            session.lastSeenAt = now;
            session.expiresAt = expiry(session.createdAt, now);
        }
        return Optional.of(new SignedIn(session.username, (String) rows.getFirst()[1]));
    }

    /** Ends the session of this token (signing out); an unknown token is ignored. */
    @Transactional
    public void end(String token) {
        if (token != null && token.length() <= 100) {
            StaffSession.update("endedAt = ?1 where tokenHash = ?2 and endedAt is null", OffsetDateTime.now(),
                    ApiKeyService.sha256(token));
        }
    }

    /** Ends every session of a user (disabled, password changed); joins the caller's transaction. */
    @Transactional
    public int endAll(String username) {
        return StaffSession.update("endedAt = ?1 where username = ?2 and endedAt is null", OffsetDateTime.now(), username);
    }

    /** Removes sessions that ended or expired more than a day ago. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removeOld() {
        OffsetDateTime dayAgo = OffsetDateTime.now().minusDays(1);
        StaffSession.delete("expiresAt < ?1 or endedAt < ?1", dayAgo);
    }

    private OffsetDateTime expiry(OffsetDateTime created, OffsetDateTime now) {
        OffsetDateTime idle = now.plus(config.session().idleTimeout());
        OffsetDateTime absolute = created.plus(config.session().absoluteTimeout());
        return idle.isBefore(absolute) ? idle : absolute;
    }
}
