package id.lumbung.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A form-token cookie that is not one quarkus-rest-csrf issued (damaged, cut short, from an older version) is left out
 * of the request before anything reads the cookies (decision 226). The extension answers such a cookie with a bare,
 * empty 400 on every request, GETs included, so a browser holding one saw a blank page everywhere until its cookies were
 * cleared. Without it a page issues a new token, and a form sent with it is refused as expired, with its page.
 */
@ApplicationScoped
public class FormTokenCookie {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        List<String> headers = request.headers().getAll("Cookie");
        if (headers.stream().anyMatch(header -> header.contains(cookieName))) {
            List<String> kept = new ArrayList<>();
            boolean dropped = false;
            for (String header : headers) {
                for (String pair : header.split(";")) {
                    if (isDamagedToken(pair.strip())) {
                        dropped = true;
                    } else if (!pair.isBlank()) {
                        kept.add(pair.strip());
                    }
                }
            }
            if (dropped) {
                if (kept.isEmpty()) {
                    request.headers().remove("Cookie");
                } else {
                    request.headers().set("Cookie", String.join("; ", kept));
                }
            }
        }
        context.next();
    }

    private boolean isDamagedToken(String pair) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
            return pair.equals(cookieName);
        }
        if (!pair.substring(0, equals).strip().equals(cookieName)) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(pair.substring(equals + 1).strip()).length != tokenSize;
        } catch (IllegalArgumentException notBase64) {
            return true;
        }
    }
}
