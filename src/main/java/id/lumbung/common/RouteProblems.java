package id.lumbung.common;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;

/**
 * problem+json answers from Vert.x route handlers, which run before JAX-RS and its exception mappers (body
 * size, CORS preflight, login throttling, an unreadable URL). Same shape as {@link ApiProblem}.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** The metrics' uri label of an answer given before routing (micrometer reads it from the request's context). */
    static final String METRICS_URI = "REFUSED";

    public static void send(RoutingContext context, int status, String type, String title, String detail) {
        labelForMetrics();
        write(context, status, ApiProblem.type(type).toString(), title, detail);
    }

    /** A problem, as a page when it reached a page whose client accepts HTML (as {@link ProblemPageMapper} answers). */
    public static void send(RoutingContext context, ApiProblem problem, Instance<RouteProblemPages> pages) {
        labelForMetrics();
        problem.getHeaders().forEach((name, value) -> context.response().putHeader(name, String.valueOf(value)));
        if (pages.isResolvable() && ProblemPages.isPage(context)) {
            SecurityHeaders.set(context.response(), true);
            context.response().setStatusCode(problem.getStatusCode())
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(pages.get().html(problem, context.request()));
            return;
        }
        write(context, problem.getStatusCode(), problem.getType().toString(), problem.getTitle(), problem.getDetail());
    }

    /** Otherwise the metrics' label is the raw path: a draft's slug, a user name, or any junk a client invents. */
    static void labelForMetrics() {
        io.vertx.core.Context vertxContext = io.vertx.core.Vertx.currentContext();
        if (vertxContext != null) {
            vertxContext.putLocal("UrlPathTemplate", METRICS_URI);
        }
    }

    private static void write(RoutingContext context, int status, String type, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        // Set, not added: an answer given after Quarkus's header filter already has them; one given before (an unreadable
        // URL) would otherwise have none.
        SecurityHeaders.set(context.response(), false);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(problem.encode());
    }
}
