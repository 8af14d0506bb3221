package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Applies the rate limits by the route that serves the request, not by how its path was spelled ({@code /%61pi/...}
 * and {@code //api/...} reach the same resource): every API resource spends an API key's own budget, or the budget of
 * an anonymous caller's IP address; the search page {@code /cari} has a generous per-IP budget of its own. Signed-in
 * staff are not limited (their accounts are few and known). Over budget: 429 with Retry-After.
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
        String route = route(resource.getResourceClass());
        boolean api = route.startsWith("/api/");
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

    /** The path template of the resource class that matched, e.g. {@code /api/v1/search}. */
    private static String route(Class<?> resourceClass) {
        Path path = resourceClass == null ? null : resourceClass.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        String value = path.value();
        return value.startsWith("/") ? value : "/" + value;
    }
}
