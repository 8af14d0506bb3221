package id.lumbung.web;

import id.lumbung.search.query.SearchResult.Hit;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;

/**
 * The English versions of an innovation's texts on the pages: {@code {page.shown(innovation.name, innovation.nameEn)}}
 * gives the English version on English pages where there is one, and {@code {page.langOf(innovation.nameEn)}} the
 * language of what is shown, so Indonesian text on an English page is marked {@code lang="id"}.
 */
@TemplateExtension
public class EnglishVersions {

    /** On English pages the English version of a text where there is one; the Indonesian text otherwise. */
    static String shown(PageContext page, String indonesian, String english) {
        return page.english() && english != null && !english.isBlank() ? english : indonesian;
    }

    /** The language of what {@link #shown} gives, for the lang attribute of a text that may be Indonesian on an English page. */
    static String langOf(PageContext page, String english) {
        return page.english() && english != null && !english.isBlank() ? "en" : "id";
    }

    /** A text as a page shows it, with its language (its {@code text} is null when neither version has one). */
    public record ShownText(String text, String lang) {
    }

    /**
     * A long text of an entry as the page shows it: the version in the page's language where there is one, else the
     * other, so that a text entered in one language only shows on both pages, marked with its language.
     */
    static ShownText textOf(PageContext page, String indonesian, String english) {
        boolean hasIndonesian = indonesian != null && !indonesian.isBlank();
        boolean hasEnglish = english != null && !english.isBlank();
        if (hasEnglish && (page.english() || !hasIndonesian)) {
            return new ShownText(english, "en");
        }
        return new ShownText(hasIndonesian ? indonesian : null, "id");
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
}
