package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.Routes;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Applies the rate limits by the route that serves the request ({@link Routes}): every API resource spends an API key's
 * own budget, or the budget of an anonymous caller's IP address; the search page {@code /cari} has a generous per-IP
 * budget of its own. Signed-in staff are not limited (their accounts are few and known). Over budget: 429 with
 * Retry-After.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** The page whose searches are limited per IP (other pages read a single record and are not). */
    static final String SEARCH_PAGE = "/cari";

    @Inject
    SecurityIdentity identity;

    @Inject
    RateLimits limits;

    @Inject
    AccessConfig config;

    @Inject
    ClientAddress clientAddress;

    @ServerRequestFilter(priority = 900)
    public void limit(HttpServerRequest request, SimpleResourceInfo resource) {
        String route = Routes.of(resource.getResourceClass());
        boolean api = Routes.isApi(resource.getResourceClass());
        if (!api && !route.equals(SEARCH_PAGE)) {
            return;
        }
        ApiClient client = ApiClient.of(identity);
        RateLimits.Decision decision;
        if (client != null) {
            decision = limits.take("api_key", client.prefix(), client.rateLimitPerMinute());
        } else if (identity.isAnonymous()) {
            int perMinute = api ? config.rateLimit().anonymousPerMinute() : config.rateLimit().searchPagePerMinute();
            decision = limits.take(api ? "anonymous" : "search_page", clientAddress.of(request), perMinute);
        } else {
            return;
        }
        if (!decision.allowed()) {
            throw ApiProblem.tooManyRequests(client != null
                    ? "This API key's limit of " + client.rateLimitPerMinute() + " requests per minute is spent"
                    : "The limit of " + (api ? config.rateLimit().anonymousPerMinute() : config.rateLimit().searchPagePerMinute())
                            + " requests per minute from one address is spent" + (api ? "; ask for an API key for more" : ""),
                    decision.retryAfterSeconds());
        }
    }
}
