package id.lumbung.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import id.lumbung.search.query.SearchResult.Hit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** On English pages the English version of a text where there is one; the Indonesian text otherwise. */
    static String shown(PageContext page, String indonesian, String english) {
        return page.english() && english != null && !english.isBlank() ? english : indonesian;
    }

    /** The language of what {@link #shown} gives, for the lang attribute of a text that may be Indonesian on an English page. */
    static String langOf(PageContext page, String english) {
        return page.english() && english != null && !english.isBlank() ? "en" : "id";
    }

    /** A hit's text on a result page: its snippets (HTML, only {@code <mark>} is markup) or its summary, in one language. */
    public record HitText(String lang, List<String> snippets, String summary) {
    }

    /**
     * What a result shows under its name: on English pages the snippets of its English texts, else its English summary;
     * otherwise (or without an English version) the snippets of its Indonesian texts, else its summary.
     */
    static HitText text(Hit hit, PageContext page) {
        if (page.english()) {
            List<String> english = snippets(hit, true);
            if (!english.isEmpty()) {
                return new HitText("en", english, null);
            }
            if (hit.summaryEn() != null) {
                return new HitText("en", List.of(), hit.summaryEn());
            }
        }
        List<String> indonesian = snippets(hit, false);
        return new HitText("id", indonesian, indonesian.isEmpty() ? hit.summary() : null);
    }

    private static List<String> snippets(Hit hit, boolean english) {
        return hit.highlights().entrySet().stream().filter(e -> e.getKey().endsWith("_en") == english)
                .map(Map.Entry::getValue).toList();
    }

    /** A vocabulary value as words: uji_coba → uji coba. */
    static String words(Object value) {
        return value == null ? "" : value.toString().replace('_', ' ').replace('-', ' ');
    }
}
