package id.lumbung.common;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * problem+json answers from Vert.x route handlers, which run before JAX-RS and its exception mappers (body
 * size, CORS preflight, login throttling). Same shape as {@link ApiProblem}.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** The metrics' uri label of an answer given before routing (micrometer reads it from the request's context). */
    static final String METRICS_URI = "REFUSED";

    public static void send(RoutingContext context, int status, String type, String title, String detail) {
        // Otherwise the label is the raw path: a draft's slug, a user name, or any junk a client invents, one series each.
        io.vertx.core.Context vertxContext = io.vertx.core.Vertx.currentContext();
        if (vertxContext != null) {
            vertxContext.putLocal("UrlPathTemplate", METRICS_URI);
        }
        JsonObject problem = new JsonObject()
                .put("type", "https://lumbung.id/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
