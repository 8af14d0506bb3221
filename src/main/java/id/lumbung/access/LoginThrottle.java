package id.lumbung.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.lumbung.common.RouteProblems;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Slows password guessing: after {@code lumbung.access.login.max-failures} failed HTTP Basic sign-ins in a
 * row, a user name answers 429 (without checking the password) until the lockout has passed. Runs before
 * authentication and learns the outcome from the response status.
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private Cache<String, Failures> failures;

    @Inject
    AccessConfig config;

    @Inject
    MeterRegistry metrics;

    void install(@Observes Router router) {
        failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(config.login().lockout()).build();
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String username = basicUsername(context.request().getHeader("Authorization"));
        if (username == null) {
            context.next();
            return;
        }
        Failures current = failures.getIfPresent(username);
        Instant now = Instant.now();
        if (current != null && current.lockedUntil() != null && current.lockedUntil().isAfter(now)) {
            long seconds = Math.max(1, current.lockedUntil().getEpochSecond() - now.getEpochSecond());
            metrics.counter("lumbung.login.refused_locked").increment();
            context.response().putHeader("Retry-After", Long.toString(seconds));
            RouteProblems.send(context, 429, "login-locked", "Too Many Requests", "Too many failed sign-ins for this "
                    + "user name; try again in " + seconds + " seconds");
            return;
        }
        context.addHeadersEndHandler(ignored -> record(username, context.response().getStatusCode()));
        context.next();
    }

    private void record(String username, int status) {
        if (status == 401) {
            metrics.counter("lumbung.login.failed").increment();
            Failures before = failures.getIfPresent(username);
            int count = before == null ? 1 : before.count() + 1;
            Instant lockedUntil = count >= config.login().maxFailures() ? Instant.now().plus(config.login().lockout()) : null;
            failures.put(username, new Failures(count, lockedUntil));
        } else if (status < 400) {
            failures.invalidate(username);
        }
    }

    /** The user name of an HTTP Basic header, lower-cased; null for anything else or a malformed header. */
    static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
