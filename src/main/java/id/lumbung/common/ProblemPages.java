package id.lumbung.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
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
     * Whether a problem is answered as a page: the request is for one of the pages rather than the API, the health and
     * metrics endpoints or a static file, judged by its normalised path ({@code /%61pi/...} and {@code //api/...} are
     * the API too), and its client accepts HTML (a client that asks for JSON only gets problem+json everywhere).
     */
    static boolean isPage(RoutingContext request) {
        return isPagePath(request) && acceptsHtml(request.request());
    }

    /** Whether the request is for one of the pages rather than the API, the health and metrics endpoints or a static file. */
    static boolean isPagePath(RoutingContext request) {
        return isPagePath(path(request));
    }

    private static String path(RoutingContext request) {
        try {
            return request.normalizedPath();
        } catch (IllegalArgumentException invalidEscape) {
            return request.request().path(); // a path such as /inovasi/%ZZ cannot be normalised
        }
    }

    private static boolean isPagePath(String normalised) {
        String path = normalised.replaceAll("/{2,}", "/");
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/static/");
    }

    /** No Accept header, or one that admits text/html ({@code text/html}, {@code text/*} or {@code *}{@code /*}). */
    static boolean acceptsHtml(HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            try {
                MediaType type = MediaType.valueOf(range.strip());
                if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && quality(type) > 0) {
                    return true;
                }
            } catch (RuntimeException unparsable) {
                // a junk range admits nothing
            }
        }
        return false;
    }

    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        return q == null ? 1 : Double.parseDouble(q.strip());
    }
}
