package id.lumbung.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Refuses a request whose URL cannot be read (a malformed percent escape such as {@code %ZZ} or {@code %u0041}, a lone
 * {@code %}, a space or other illegal character, an escaped NUL {@code %00}) with 400 problem+json, or the error page
 * on a page path, before any handler decodes it. Quarkus's own check answers these with a bare 400 before any route runs; LumbungMain switches that
 * check off ({@link #DISABLE_QUARKUS_CHECK}) so that this one, the same test, answers instead.
 */
@ApplicationScoped
public class UrlCheck {

    /** The system property that turns off Quarkus's URI check; read once when Quarkus's HTTP layer is loaded. */
    public static final String DISABLE_QUARKUS_CHECK = "vertx.disableURIValidation";

    @Inject
    Instance<RouteProblemPages> pages;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        try {
            new URI(uri == null ? "" : uri);
        } catch (URISyntaxException e) {
            RouteProblems.send(context, ApiProblem.invalidUrl(reason(e)), pages);
            return;
        }
        int nul = uri == null ? -1 : uri.indexOf("%00");
        if (nul >= 0) {
            // No path or parameter holds a NUL; left in, it reached PostgreSQL and came back as an unclear refusal.
            RouteProblems.send(context, ApiProblem.invalidUrl("a NUL character (%00) at character " + (nul + 1)), pages);
            return;
        }
        context.next();
    }

    /** E.g. "malformed escape pair at character 18". */
    static String reason(URISyntaxException e) {
        String reason = e.getReason().toLowerCase(Locale.ROOT);
        return e.getIndex() < 0 ? reason : reason + " at character " + (e.getIndex() + 1);
    }
}
