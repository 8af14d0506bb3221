package id.lumbung.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * Refuses a request whose Content-Type header is present but not a media type (empty, or junk such as {@code x})
 * with 415 problem+json, before any body handling. Without it every endpoint that reads a body, and the sign-in
 * form, failed inside the framework with a 500. The header is parsed by the same parser JAX-RS uses later.
 */
@ApplicationScoped
public class ContentTypeCheck {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        if (contentType != null && !isMediaType(contentType)) {
            RouteProblems.send(context, 415, "unsupported-media-type", "Unsupported Media Type",
                    "The Content-Type header '" + contentType.strip() + "' is not a media type; send e.g. "
                            + "application/json, application/x-ndjson or application/x-www-form-urlencoded");
            return;
        }
        context.next();
    }

    static boolean isMediaType(String header) {
        if (header.isBlank() || header.indexOf('/') < 0) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(header);
            return !type.getType().isBlank() && !type.getSubtype().isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
