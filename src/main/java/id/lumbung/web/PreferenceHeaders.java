package id.lumbung.web;

import id.lumbung.common.FrameworkProblemMapper;
import id.lumbung.common.ProblemPages;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jboss.resteasy.reactive.common.headers.HeaderUtil;
import org.jboss.resteasy.reactive.server.core.request.ServerDrivenNegotiation;

/**
 * The pages read the preference headers leniently (decision 225). Quarkus REST's template filter negotiates a
 * variant on Accept, Accept-Charset, Accept-Encoding and Accept-Language for every page, and refuses the whole request
 * with a bare 400 when one of them does not follow the grammar to the letter; Java's own HTTP client sends
 * {@code *; q=.2}, which it refuses. A page has one representation, so, as RFC 9110 allows, such a header is replaced
 * by its readable parts ({@link PreferenceParts}) before the page is matched. The API is left as it is: it reads these
 * headers leniently itself and answers an Accept with no range it can serve with 406 problem+json.
 */
@ApplicationScoped
public class PreferenceHeaders {

    private static final List<Variant> PAGE = List.of(new Variant(MediaType.TEXT_HTML_TYPE, Locale.forLanguageTag("id"),
            "identity"));

    private record Preference(String name, BiConsumer<ServerDrivenNegotiation, List<String>> reader) {
    }

    private static final List<Preference> PREFERENCES = List.of(
            new Preference(HttpHeaders.ACCEPT, ServerDrivenNegotiation::setAcceptHeaders),
            new Preference("Accept-Charset", ServerDrivenNegotiation::setAcceptCharsetHeaders),
            new Preference("Accept-Encoding", ServerDrivenNegotiation::setAcceptEncodingHeaders),
            new Preference("Accept-Language", (negotiation, values) -> {
                negotiation.setAcceptLanguageHeaders(values);
                // the template filter also reads the languages on their own
                MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
                headers.put(HttpHeaders.ACCEPT_LANGUAGE, values);
                HeaderUtil.getAcceptableLanguages(headers);
            }));

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::clean);
    }

    private void clean(RoutingContext context) {
        if (ProblemPages.isPagePath(context)) {
            MultiMap headers = context.request().headers();
            for (Preference preference : PREFERENCES) {
                List<String> values = headers.getAll(preference.name());
                if (!values.isEmpty() && !readable(preference, values)) {
                    if (preference.name().equals(HttpHeaders.ACCEPT)) {
                        context.put(FrameworkProblemMapper.SENT_ACCEPT, String.join(", ", values));
                    }
                    String kept = PreferenceParts.readable(String.join(",", values),
                            preference.name().equals(HttpHeaders.ACCEPT), part -> readable(preference, List.of(part)));
                    if (kept.isEmpty()) {
                        headers.remove(preference.name());
                    } else {
                        headers.set(preference.name(), kept);
                    }
                }
            }
        }
        context.next();
    }

    private static boolean readable(Preference preference, List<String> values) {
        try {
            ServerDrivenNegotiation negotiation = new ServerDrivenNegotiation();
            preference.reader().accept(negotiation, values);
            negotiation.getBestMatch(PAGE);
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
