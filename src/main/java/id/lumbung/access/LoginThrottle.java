package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.RouteProblemPages;
import id.lumbung.common.RouteProblems;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Slows password guessing, for HTTP Basic and the sign-in form alike. A user name has
 * {@code lumbung.access.login.max-failures} attempts in hand; each attempt takes one <em>before</em> the password is
 * checked (atomically, in the bucket shared by every node), so parallel guesses cannot slip past the count; a
 * successful sign-in gives them all back, and spent ones return over {@code lumbung.access.login.lockout}. With none
 * in hand the answer is 429 without a password check.
 */
@ApplicationScoped
public class LoginThrottle {

    /** What a user name can be (UserResource creates them so; the bootstrap admin is "admin"). */
    static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{1,100}");

    @Inject
    Instance<RouteProblemPages> pages;

    @Inject
    AccessConfig config;

    @Inject
    SharedBuckets buckets;

    @Inject
    MeterRegistry metrics;

    /** The outcome of asking to check a password: allowed, or refused for this many seconds. */
    public record Attempt(boolean allowed, long retryAfterSeconds) {
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handleBasic);
    }

    /** Whether an account could have this (lower-cased) name; others are refused without a database look-up. */
    public static boolean isPossibleUsername(String username) {
        return USERNAME.matcher(username).matches();
    }

    /** Takes one attempt of the user name (blocking: it may ask PostgreSQL). */
    public Attempt attempt(String username) {
        ConsumptionProbe probe = buckets.take(key(username), bucket(), SharedBuckets.Sync.EVERY_TOKEN);
        if (probe.isConsumed()) {
            return new Attempt(true, 0);
        }
        metrics.counter("lumbung.login.refused_locked").increment();
        return new Attempt(false, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** The password was right: the user name has all its attempts again. */
    public void succeeded(String username) {
        buckets.refill(key(username), bucket(), SharedBuckets.Sync.EVERY_TOKEN);
    }

    public void failed() {
        metrics.counter("lumbung.login.failed").increment();
    }

    private void handleBasic(RoutingContext context) {
        String username = basicUsername(context.request().getHeader("Authorization"));
        if (username == null) {
            context.next();
            return;
        }
        if (!USERNAME.matcher(username).matches()) {
            // No account has such a name (they are created with this pattern); answered without asking the database.
            RouteProblems.send(context, ApiProblem.unauthorized("The username or password is not correct"), pages);
            return;
        }
        context.vertx().executeBlocking(() -> attempt(username), false).onComplete(result -> {
            Attempt attempt = result.succeeded() ? result.result() : new Attempt(true, 0);
            if (!attempt.allowed()) {
                RouteProblems.send(context, ApiProblem.loginLocked(attempt.retryAfterSeconds()), pages);
                return;
            }
            context.addHeadersEndHandler(ignored -> record(context, username));
            context.next();
        });
    }

    private void record(RoutingContext context, String username) {
        int status = context.response().getStatusCode();
        if (status == 401) {
            failed();
        } else if (status >= 500) {
            // The service could not judge the password (PostgreSQL away: 503): the attempt was not a guess, so a
            // client retrying through an outage is not locked out when the database returns.
            giveBack(context, username);
        } else if (authenticated(context)) {
            // The password was accepted, whatever the request itself was answered (400, 406, 409, 415 …): give every
            // attempt back.
            context.vertx().executeBlocking(() -> {
                succeeded(username);
                return null;
            }, false);
        } else {
            // Answered before the password was checked (a body too large, a rate limit): not a guess either.
            giveBack(context, username);
        }
    }

    /** Whether the request was authenticated with its credentials (proactive authentication sets the user). */
    private static boolean authenticated(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    private void giveBack(RoutingContext context, String username) {
        context.vertx().executeBlocking(() -> {
            buckets.giveBack(key(username), bucket(), SharedBuckets.Sync.EVERY_TOKEN, 1);
            return null;
        }, false);
    }

    private BucketConfiguration bucket() {
        int attempts = config.login().maxFailures();
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, config.login().lockout()))
                .build();
    }

    private static String key(String username) {
        return "login:" + username.toLowerCase(Locale.ROOT);
    }

    /** The user name of an HTTP Basic header, lower-cased; null for anything else or a malformed header. */
    static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 || colon > 100 ? null : decoded.substring(0, colon).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
