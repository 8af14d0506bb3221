package id.lumbung.search.analytics;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which a query is counted: lower case, accents folded, punctuation as spaces, at most 200 characters; and
 * without what could identify a person who typed it or whom it is about: e-mail addresses and long numbers (a NIK, a
 * phone or account number) become "#". Two ways of typing the same query count together.
 */
public final class QueryNormalizer {

    static final int MAX_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ .-]\\d+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}#]+");

    private QueryNormalizer() {
    }

    /**
     * A number that may identify someone: five or more digits in one run (a NIK, an account), or eight or more in
     * groups ("0812 3456 7890"); "desil 1 2023" and years are left alone.
     */
    private static boolean identifying(String number) {
        int digits = number.replaceAll("\\D", "").length();
        return digits >= 8 || digits >= 5 && number.chars().allMatch(Character::isDigit);
    }

    /** The counted form of a query; null for a query with nothing left to count. */
    public static String normalize(String query) {
        if (query == null) {
            return null;
        }
        String text = EMAIL.matcher(query).replaceAll(" # ");
        text = NUMBER.matcher(text).replaceAll(match -> identifying(match.group()) ? " # " : match.group());
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = OTHER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (text.isEmpty() || text.equals("#")) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH);
            text = text.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return text;
    }
}
