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

    public static void send(RoutingContext context, int status, String type, String title, String detail) {
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
