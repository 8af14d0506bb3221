package id.lumbung.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than quarkus.http.limits.max-body-size with 413 problem+json before reading it.
 * Vert.x enforces the same limit on bodies without Content-Length, with a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && exceeds(length)) {
            context.response().putHeader("Connection", "close");
            RouteProblems.send(context, 413, "payload-too-large", "Content Too Large", "The request body has "
                    + length.strip() + " bytes; the limit is " + maxBodySize.asLongValue() + " bytes");
            return;
        }
        context.next();
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
