package id.lumbung.common;

import jakarta.ws.rs.core.Response;

/**
 * Renders a problem as a page for people (the pages answer HTML, never problem+json). Implemented by the web
 * layer, which owns the templates; the error path in this package decides when a page is due.
 */
public interface ProblemPages {

    Response render(ApiProblem problem);

    /** Whether a path is one of the pages rather than the API, the health and metrics endpoints or a static file. */
    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/static/");
    }
}
