package id.lumbung.common;

import io.vertx.core.http.HttpServerRequest;

/**
 * Renders a problem as a page from a Vert.x route handler, which runs before JAX-RS, outside any request scope and
 * before the visitor is known. Implemented by the web layer, which owns the templates.
 */
public interface RouteProblemPages {

    /** The page's HTML, in the language of the visitor's language cookie. */
    String html(ApiProblem problem, HttpServerRequest request);
}
