package id.lumbung.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the controlled vocabularies (statuses, tahapan, themes, indicators, SDGs) in the page's
 * language, from {@code i18n/vocabulary*.properties}. The bundle never falls back to the JVM's default
 * locale, so an Indonesian page cannot pick up English words on an English-speaking server.
 */
public final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    public static String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        return lookup(value.getDeclaringClass().getSimpleName() + "." + value.name(), locale, words(value.name()));
    }

    /** A vocabulary value given as text, e.g. kind "Tahapan" and value "uji_coba" (as search facets carry them). */
    public static String word(String kind, String value, Locale locale) {
        return value == null ? "" : lookup(kind + "." + value, locale, words(value));
    }

    public static String theme(String code, Locale locale) {
        return code == null ? "" : lookup("theme." + code, locale, words(code));
    }

    public static String indicator(String name, Locale locale) {
        return name == null ? "" : lookup("indicator." + name, locale, words(name));
    }

    public static String sdg(Integer goal, Locale locale) {
        return goal == null ? "" : lookup("sdg." + goal, locale, "SDG " + goal);
    }

    /** The unit of a region indicator: per cent for persen_*, people for jumlah_*. */
    public static String indicatorUnit(String name, Locale locale) {
        if (name == null) {
            return "";
        }
        return name.startsWith("persen") || name.startsWith("prevalensi") ? "%"
                : name.startsWith("jumlah") ? lookup("unit.people", locale, "") : "";
    }

    private static String lookup(String key, Locale locale, String fallback) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.vocabulary", english(locale) ? Locale.ENGLISH : Locale.ROOT,
                    NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : fallback;
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String words(String value) {
        return value.replace('_', ' ').replace('-', ' ');
    }
}
