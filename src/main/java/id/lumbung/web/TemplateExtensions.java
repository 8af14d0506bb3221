package id.lumbung.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Helpers the templates call on values, e.g. {@code {q.url}} for a query-string value. */
@TemplateExtension
public class TemplateExtensions {

    /** The value encoded for a URL query string (the template escapes it for HTML on top). */
    static String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A link from catalogue data, if it is http(s); anything else (javascript:, data:) becomes "#". */
    static String safeUrl(String value) {
        if (value == null) {
            return "#";
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? value.strip() : "#";
    }

    /** A vocabulary value as words: uji_coba → uji coba. */
    static String words(Object value) {
        return value == null ? "" : value.toString().replace('_', ' ').replace('-', ' ');
    }
}
