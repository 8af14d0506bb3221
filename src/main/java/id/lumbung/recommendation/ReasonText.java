package id.lumbung.recommendation;

import id.lumbung.common.Formats;
import id.lumbung.common.Labels;
import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Reason} in plain words, from {@code i18n/reasons*.properties} (Indonesian is the base bundle).
 * Placeholders are the reason's parameter names; indicators become their names, rates per cent, periods
 * month and year; {@code {count,choice,…}} words a count in the singular or plural.
 */
public final class ReasonText {

    /** {@code {name}}, or {@code {count,choice,1#award|1<awards}}: a word that agrees with a number (a ChoiceFormat). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(?:,choice,([^}]+))?}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ReasonText() {
    }

    public static String of(Reason reason, Locale locale) {
        String template = template(reason.code(), locale);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = placeholder.group(2) == null ? value(placeholder.group(1), reason.params(), locale)
                    : choice(placeholder.group(2), reason.params().get(placeholder.group(1)));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(text).toString();
    }

    private static String value(String name, Map<String, Object> params, Locale locale) {
        Object value = params.get(name);
        if (value == null) {
            return "";
        }
        return switch (name) {
            case "indicator" -> Labels.indicator(value.toString(), locale);
            case "value", "national" -> Formats.measure((BigDecimal) value, "%", locale);
            case "period", "national_period" -> Formats.period(value.toString(), locale);
            default -> value instanceof Number n ? Formats.number(n, locale) : value.toString();
        };
    }

    private static String choice(String pattern, Object count) {
        return count instanceof Number n ? new ChoiceFormat(pattern).format(n.doubleValue()) : "";
    }

    private static String template(String code, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.reasons", Labels.english(locale) ? Locale.ENGLISH : Locale.ROOT,
                    NO_FALLBACK);
            return bundle.containsKey(code) ? bundle.getString(code) : code;
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
