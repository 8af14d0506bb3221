package id.lumbung.web;

import id.lumbung.common.Formats;
import id.lumbung.common.Labels;
import id.lumbung.recommendation.Reason;
import id.lumbung.recommendation.ReasonText;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Helpers the templates call on values, e.g. {@code {q.url}} for a query-string value. Those that depend on
 * the language read the {@code locale} attribute that {@link Visit#render} sets.
 */
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

    /** Whether catalogue data is an http(s) link (a source may also be a citation such as "Sonora.id, 13 Juni 2023"). */
    static boolean isLink(String value) {
        return !"#".equals(safeUrl(value));
    }

    /** A vocabulary value as words: uji_coba → uji coba. */
    static String words(Object value) {
        return value == null ? "" : value.toString().replace('_', ' ').replace('-', ' ');
    }

    static String label(Enum<?> value, @TemplateAttribute("locale") Object locale) {
        return Labels.of(value, Formats.locale(locale));
    }

    /** A vocabulary value given as text: {@code {hit.tahapan.vocab('Tahapan')}}. */
    static String vocab(String value, String kind, @TemplateAttribute("locale") Object locale) {
        return Labels.word(kind, value, Formats.locale(locale));
    }

    static String themeLabel(String code, @TemplateAttribute("locale") Object locale) {
        return Labels.theme(code, Formats.locale(locale));
    }

    static String indicatorLabel(String name, @TemplateAttribute("locale") Object locale) {
        return Labels.indicator(name, Formats.locale(locale));
    }

    static String indicatorUnit(String name, @TemplateAttribute("locale") Object locale) {
        return Labels.indicatorUnit(name, Formats.locale(locale));
    }

    static String sdgLabel(Integer goal, @TemplateAttribute("locale") Object locale) {
        return Labels.sdg(goal, Formats.locale(locale));
    }

    static String num(Number value, @TemplateAttribute("locale") Object locale) {
        return Formats.number(value, Formats.locale(locale));
    }

    static String measure(Number value, String unit, @TemplateAttribute("locale") Object locale) {
        return Formats.measure(value, unit, Formats.locale(locale));
    }

    static String longDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return Formats.longDate(date, Formats.locale(locale));
    }

    static String period(String period, @TemplateAttribute("locale") Object locale) {
        return Formats.period(period, Formats.locale(locale));
    }

    static String text(Reason reason, @TemplateAttribute("locale") Object locale) {
        return ReasonText.of(reason, Formats.locale(locale));
    }

    static List<String> paragraphs(String text) {
        return Formats.paragraphs(text);
    }
}
