package id.lumbung.common;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, dates and periods as readers of the page's language expect them: {@code 18.989 jiwa},
 * {@code 3,57 %} and {@code 13 Juni 2023} in Indonesian; {@code 18,989 people}, {@code 3.57 %} and
 * {@code 13 June 2023} in English. Pure functions, used by the templates (through the web package's template
 * extensions), the PDF brief and the recommendation reasons.
 */
public final class Formats {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");

    private Formats() {
    }

    /** The page locale from a template's {@code locale} attribute (Indonesian unless it says English). */
    public static Locale locale(Object attribute) {
        Locale locale = attribute instanceof Locale l ? l : attribute == null ? null : Locale.forLanguageTag(attribute.toString());
        return Labels.english(locale) ? Locale.UK : INDONESIAN;
    }

    /** At most two decimals, none when the value is whole; grouping as the language writes it. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Labels.english(locale) ? Locale.UK : INDONESIAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A value with its unit: {@code 3,57 %}, {@code 18.989 jiwa}. */
    public static String measure(Number value, String unit, Locale locale) {
        String number = number(value, locale);
        if (unit == null || unit.isBlank() || number.isEmpty()) {
            return number;
        }
        return number + " " + ("persen".equalsIgnoreCase(unit.strip()) ? "%" : unit.strip());
    }

    public static String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Labels.english(locale) ? Locale.UK : INDONESIAN));
    }

    /** A statistics period: {@code 2022-09} is {@code September 2022}; a year or a free text stays as written. */
    public static String period(String period, Locale locale) {
        if (period == null) {
            return "";
        }
        Matcher ym = YEAR_MONTH.matcher(period.strip());
        if (ym.matches() && Integer.parseInt(ym.group(2)) >= 1 && Integer.parseInt(ym.group(2)) <= 12) {
            return YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)))
                    .format(DateTimeFormatter.ofPattern("MMMM yyyy", Labels.english(locale) ? Locale.UK : INDONESIAN));
        }
        return period.strip();
    }

    /** A text as its author wrote it: blank lines separate paragraphs. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(BLANK_LINES.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
