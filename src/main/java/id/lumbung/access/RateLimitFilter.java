package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the rate limits to API requests (paths under /api/): an API key spends its own budget, an anonymous caller the budget
 * of its IP address. Signed-in staff are not limited (their accounts are few and known). Over budget: 429
 * problem+json with Retry-After.
 */
@ApplicationScoped
public class RateLimitFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    RateLimits limits;

    @Inject
    AccessConfig config;

    @ServerRequestFilter(priority = 900)
    public void limit(HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return; // pages are for people behind shared office addresses; see docs/security.md
        }
        ApiClient client = ApiClient.of(identity);
        RateLimits.Decision decision;
        if (client != null) {
            decision = limits.take("api_key", client.prefix(), client.rateLimitPerMinute());
        } else if (identity.isAnonymous()) {
            String ip = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
            decision = limits.take("anonymous", ip, config.rateLimit().anonymousPerMinute());
        } else {
            return;
        }
        if (!decision.allowed()) {
            throw ApiProblem.tooManyRequests(client != null
                    ? "This API key's limit of " + client.rateLimitPerMinute() + " requests per minute is spent"
                    : "The limit of " + config.rateLimit().anonymousPerMinute()
                            + " requests per minute without an API key is spent; ask for a key for more",
                    decision.retryAfterSeconds());
        }
    }
}
