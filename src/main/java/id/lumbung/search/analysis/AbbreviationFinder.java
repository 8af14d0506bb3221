package id.lumbung.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a text defines itself, "rumah tidak layak huni (RTLH)" or "RTLH (rumah tidak layak huni)", found by
 * Schwartz and Hearst's algorithm (A simple algorithm for identifying abbreviation definitions in biomedical text,
 * PSB 2003): the short form's characters, read from its end, must appear in order in the long form, the first at the
 * start of a word (a letter with a count stands for that many: P3KE is P, P, P, K, E); the long form has at most min(|SF| + 5, 2·|SF|) words. Each definition becomes an equivalence rule
 * ("rtlh, rumah tidak layak huni"), so the catalogue teaches the search its own acronyms.
 */
public final class AbbreviationFinder {

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,120})\\)");
    private static final Pattern SHORT_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,9}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");

    private AbbreviationFinder() {
    }

    /** The definitions in a text, as synonym rules "short form, long form" in lower case. */
    public static Set<String> rules(String text) {
        Set<String> rules = new LinkedHashSet<>();
        if (text == null || text.indexOf('(') < 0) {
            return rules;
        }
        Matcher parenthesis = PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            String inside = parenthesis.group(1).strip();
            List<String> before = lastWords(text.substring(0, parenthesis.start()), 12);
            if (isShortForm(inside)) {
                String longForm = longForm(inside, before);
                if (longForm != null) {
                    rules.add(rule(inside, longForm));
                }
            } else if (!before.isEmpty() && isShortForm(before.getLast())) {
                List<String> words = words(inside);
                String longForm = longForm(before.getLast(), words);
                if (longForm != null && longForm.equals(String.join(" ", words))) {
                    rules.add(rule(before.getLast(), longForm));
                }
            }
        }
        return rules;
    }

    /** An acronym-like word: 2-10 characters, a letter first, at least two capitals, not all digits. */
    private static boolean isShortForm(String text) {
        return SHORT_FORM.matcher(text).matches() && text.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * The end of the words before the short form that spells it: first by the words' initials alone (stop words such as
     * "dan" may stand between), which gives the exact long form; else by Schwartz and Hearst's looser match. Null for
     * none.
     */
    static String longForm(String shortForm, List<String> candidates) {
        String letters = multiplied(shortForm.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        String initials = byInitials(letters, candidates);
        return initials != null ? initials : schwartzHearst(shortForm, letters, candidates);
    }

    private static String byInitials(String letters, List<String> candidates) {
        int s = letters.length() - 1;
        int w = candidates.size() - 1;
        while (s >= 0 && w >= 0) {
            String word = candidates.get(w).toLowerCase(Locale.ROOT);
            if (word.charAt(0) == letters.charAt(s)) {
                s--;
            } else if (!IndonesianAnalysis.STOP_WORDS.contains(word) || s == letters.length() - 1) {
                return null;
            }
            w--;
        }
        return s >= 0 ? null : String.join(" ", candidates.subList(w + 1, candidates.size())).toLowerCase(Locale.ROOT);
    }

    private static String schwartzHearst(String shortForm, String letters, List<String> candidates) {
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        List<String> window = candidates.subList(Math.max(0, candidates.size() - maxWords), candidates.size());
        String joined = String.join(" ", window).toLowerCase(Locale.ROOT);
        int s = letters.length() - 1;
        int l = joined.length() - 1;
        while (s >= 0) {
            char c = letters.charAt(s);
            while (l >= 0 && (joined.charAt(l) != c || (s == 0 && l > 0 && Character.isLetterOrDigit(joined.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        String longForm = joined.substring(l + 1).strip();
        int words = longForm.split(" ").length;
        return words < 2 || words > maxWords || longForm.equalsIgnoreCase(shortForm) ? null : longForm;
    }

    /** A letter followed by a count stands for that many words with the letter (P3KE: three P's, then K and E). */
    private static String multiplied(String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (Character.isDigit(c) && c >= '2' && !out.isEmpty() && Character.isLetter(out.charAt(out.length() - 1))) {
                out.append(String.valueOf(out.charAt(out.length() - 1)).repeat(c - '1'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String rule(String shortForm, String longForm) {
        return shortForm.toLowerCase(Locale.ROOT) + ", " + longForm.replace(",", " ");
    }

    private static List<String> lastWords(String text, int count) {
        List<String> all = words(text);
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
