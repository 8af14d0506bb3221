package id.lumbung.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * Refuses a request whose Content-Type header is present but not a media type (empty, or junk such as {@code x})
 * with 415 problem+json, before any body handling. Without it every endpoint that reads a body, and the sign-in
 * form, failed inside the framework with a 500. The header is parsed by the same parser JAX-RS uses later. A body
 * without the header is refused the same way.
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
        if (contentType == null && hasBody(context)) {
            // Read as JSON otherwise, and applied: a body says what it is.
            RouteProblems.send(context, 415, "unsupported-media-type", "Unsupported Media Type",
                    "The request has a body but no Content-Type header; send e.g. application/json, "
                            + "application/merge-patch+json, application/x-ndjson or application/x-www-form-urlencoded");
            return;
        }
        context.next();
    }

    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        return context.request().getHeader("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
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
