package id.lumbung.web;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and numbers as people type them into a form, read strictly: {@code 15/08/2025}, {@code 15-8-2025},
 * {@code 15 Agustus 2025}, {@code 15 Agu 2025}, {@code 15 August 2025}, {@code 2025-08-15}; {@code 18.989} and
 * {@code 3,57} in the Indonesian view, {@code 18,989} and {@code 3.57} in the English one. Day-first always: no
 * Indonesian writes the month first, and guessing would silently swap 5/8 and 8/5. What cannot be read is an
 * {@link Unreadable} carrying the message the form shows, in the page's language.
 */
final class TypedValues {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern WORDED = Pattern.compile("(\\d{1,2})\\.?\\s+([a-z]+)\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = months();

    /** A value the form cannot read; {@code message} is for the page. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private TypedValues() {
    }

    /** A date as typed, or null for a blank field. */
    static LocalDate date(String typed, String lang) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = fold(typed);
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            m = NUMERIC.matcher(text);
            if (m.matches()) {
                return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
            }
            m = WORDED.matcher(text);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return LocalDate.of(num(m, 3), MONTHS.get(m.group(2)), num(m, 1));
            }
        } catch (DateTimeException noSuchDay) {
            throw new Unreadable("en".equals(lang) ? "there is no such day: " + typed.strip()
                    : "tanggal " + typed.strip() + " tidak ada");
        }
        throw new Unreadable("en".equals(lang) ? "a date like 15/08/2025 or 15 August 2025"
                : "tanggal seperti 15/08/2025 atau 15 Agustus 2025");
    }

    /**
     * A number as typed in the page's language, or null for a blank field. Indonesian groups thousands with dots and
     * writes decimals after a comma; English the other way round. Spaces and a trailing % are allowed.
     */
    static Double number(String typed, String lang) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        boolean english = "en".equals(lang);
        String text = typed.strip().replaceAll("[\\s\u00a0%]", "");
        String grouping = english ? "," : ".";
        String decimal = english ? "." : ",";
        String pattern = "-?\\d{1,3}(" + Pattern.quote(grouping) + "\\d{3})*(" + Pattern.quote(decimal) + "\\d+)?|-?\\d+("
                + Pattern.quote(decimal) + "\\d+)?";
        if (!text.matches(pattern)) {
            throw new Unreadable(english ? "a number like 18,989 or 3.57" : "angka seperti 18.989 atau 3,57");
        }
        return Double.valueOf(text.replace(grouping, "").replace(decimal, "."));
    }

    /** A year (four digits), or null for a blank field. */
    static Integer year(String typed, String lang) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{4}")) {
            throw new Unreadable("en".equals(lang) ? "a year like 2023" : "tahun seperti 2023");
        }
        return Integer.valueOf(typed.strip());
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String fold(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[][] names = {
            {"januari", "january", "jan"}, {"februari", "february", "feb", "pebruari", "peb"}, {"maret", "march", "mar"},
            {"april", "apr"}, {"mei", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"},
            {"agustus", "august", "agu", "agt", "ags", "aug"}, {"september", "sep", "sept"},
            {"oktober", "october", "okt", "oct"}, {"november", "nopember", "nov", "nop"},
            {"desember", "december", "des", "dec"}};
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }
}
