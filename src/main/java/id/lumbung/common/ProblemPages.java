package id.lumbung.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

/**
 * Renders a problem as a page for people (the pages answer HTML, never problem+json). Implemented by the web
 * layer, which owns the templates; the error path in this package decides when a page is due.
 */
public interface ProblemPages {

    Response render(ApiProblem problem);

    /** A page that needs a signed-in staff member, asked for without one: the way to sign in. */
    Response signIn();

    /**
     * Whether a request is for one of the pages rather than the API, the health and metrics endpoints or a static file,
     * judged by its normalised path ({@code /%61pi/...} and {@code //api/...} are the API too).
     */
    static boolean isPage(RoutingContext request) {
        String path = request.normalizedPath().replaceAll("/{2,}", "/");
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/static/");
    }
}
