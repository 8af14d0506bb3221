package id.lumbung.common;

import io.vertx.core.http.HttpServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The security headers application.properties gives every answer (Quarkus's header filter) and pages (the
 * {@code pages} filter), for answers given before those filters run (an unreadable URL): read from the same
 * configuration, so the two cannot drift apart.
 */
final class SecurityHeaders {

    private static final String[] EVERY_ANSWER = {"X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
        "Cross-Origin-Opener-Policy"};
    private static final String CSP = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    /** Read once: the configuration does not change while the service runs. */
    private static final class Configured {
        static final Map<String, String> API = read(false);
        static final Map<String, String> PAGE = read(true);

        private static Map<String, String> read(boolean page) {
            Config config = ConfigProvider.getConfig();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : EVERY_ANSWER) {
                config.getOptionalValue("quarkus.http.header.\"" + name + "\".value", String.class)
                        .ifPresent(value -> headers.put(name, value));
            }
            String csp = page ? "quarkus.http.filter.pages.header.\"" + CSP + "\"" : "quarkus.http.header.\"" + CSP + "\".value";
            config.getOptionalValue(csp, String.class).ifPresent(value -> headers.put(CSP, value));
            return headers;
        }
    }

    /** Sets (not adds) the headers an API answer, or a page, has when it passes the filters. */
    static void set(HttpServerResponse response, boolean page) {
        (page ? Configured.PAGE : Configured.API).forEach(response::putHeader);
    }
}
