package id.lumbung.access;

import id.lumbung.common.RouteProblems;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * CORS for the origins registered on API keys (plus configured ones) and no others. The browser enforces
 * it: a page from another origin gets no Access-Control-Allow-Origin and cannot read the answer. Whether a
 * key may be used from an origin is checked separately ({@link ApiKeyOriginCheck}).
 */
@ApplicationScoped
public class CorsPolicy {

    static final String ALLOWED_HEADERS = "X-API-Key, Content-Type, If-Match";
    static final String EXPOSED_HEADERS = "Retry-After, ETag, Lumbung-Indexed";

    @Inject
    ApiKeyService keys;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        if (origin == null) {
            context.next();
            return;
        }
        Set<String> allowed = keys.cachedOrigins();
        if (allowed != null) {
            apply(context, origin, allowed);
            return;
        }
        context.vertx().executeBlocking(keys::refreshOrigins, false).onComplete(result ->
                apply(context, origin, result.succeeded() ? result.result() : Set.of()));
    }

    private static void apply(RoutingContext context, String origin, Set<String> allowed) {
        boolean ok = allowed.contains(origin);
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            if (!ok) {
                RouteProblems.send(context, 403, "origin-not-allowed", "Forbidden",
                        "The origin " + origin + " is not registered on any API key");
                return;
            }
            context.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Origin", origin)
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD")
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .putHeader("Access-Control-Max-Age", "600")
                    .putHeader("Vary", "Origin")
                    .end();
            return;
        }
        if (ok) {
            context.response().putHeader("Access-Control-Allow-Origin", origin)
                    .putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS)
                    .putHeader("Vary", "Origin");
        }
        context.next();
    }
}
