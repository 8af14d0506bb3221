package id.lumbung.web;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.common.headers.HeaderUtil;
import org.jboss.resteasy.reactive.server.core.request.ServerDrivenNegotiation;

/**
 * The pages read the preference headers leniently (decision 225). Quarkus REST's template filter negotiates a
 * variant on Accept, Accept-Charset, Accept-Encoding and Accept-Language for every page, and refuses the whole request
 * with a bare 400 when one of them does not follow the grammar to the letter; Java's own HTTP client sends
 * {@code *; q=.2}, which it refuses. A page has one representation, so, as RFC 9110 allows, the parts of such a header
 * that cannot be read are left out (a quality written {@code .2} is read as 0.2, a lone {@code *} as {@code *}{@code /*})
 * before the page is matched. The API is left as it is: it answers such an Accept with 406 problem+json.
 */
@ApplicationScoped
public class PreferenceHeaders {

    private static final Pattern QUALITY = Pattern.compile(";\\s*q\\s*=\\s*([^;]*)", Pattern.CASE_INSENSITIVE);
    private static final List<Variant> PAGE = List.of(new Variant(MediaType.TEXT_HTML_TYPE, Locale.forLanguageTag("id"),
            "identity"));

    private record Preference(String name, BiConsumer<ServerDrivenNegotiation, List<String>> reader) {
    }

    private static final List<Preference> PREFERENCES = List.of(
            new Preference("Accept", ServerDrivenNegotiation::setAcceptHeaders),
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
                    String kept = readableParts(preference, String.join(",", values));
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

    /** The parts the framework reads, each with its quality written as the grammar wants it. */
    private static String readableParts(Preference preference, String header) {
        List<String> kept = new ArrayList<>();
        for (String part : header.split(",")) {
            String repaired = repaired(part.strip(), preference.name().equals("Accept"));
            if (repaired != null && readable(preference, List.of(repaired))) {
                kept.add(repaired);
            }
        }
        return String.join(", ", kept);
    }

    private static String repaired(String part, boolean mediaRange) {
        if (part.isEmpty()) {
            return null;
        }
        String value = part;
        if (mediaRange && (value.equals("*") || value.startsWith("*;") || value.startsWith("* "))) {
            value = "*/*" + value.substring(1);
        }
        Matcher quality = QUALITY.matcher(value);
        if (quality.find()) {
            BigDecimal q;
            try {
                q = new BigDecimal(quality.group(1).strip());
            } catch (NumberFormatException unreadable) {
                return null;
            }
            q = q.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
            value = value.substring(0, quality.start()) + ";q=" + q.toPlainString() + value.substring(quality.end());
        }
        return value;
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
