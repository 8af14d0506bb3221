package id.lumbung.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Indonesian spellings of an English word, by the regular changes Indonesian made when it borrowed English (and Dutch)
 * technical terms (Pedoman Umum Pembentukan Istilah): -tion → -si (participation → partisipasi), -ty → -tas
 * (community → komunitas), -ic → -ik (clinic → klinik), -ive → -if, -ure → -ur, c → k or s, ph → f, th → t, y → i,
 * x → ks, qu → ku, ch → k, doubled consonants single (collaboration → kolaborasi). A word gives a few candidates; the
 * caller keeps those the catalogue contains, so a wrong guess costs a term look-up and nothing else.
 */
public final class EnglishLoanwords {

    /** Candidates kept at most: each is one term look-up. */
    static final int MAX_CANDIDATES = 6;

    /** Suffixes and their Indonesian forms, longest first; a suffix may have two forms (economic → ekonomik, ekonomi). */
    private static final String[][] SUFFIXES = {
        {"isation", "isasi"}, {"ization", "isasi"}, {"ation", "asi"}, {"ition", "isi"}, {"ution", "usi"},
        {"ction", "ksi"}, {"ssion", "si"}, {"sion", "si"}, {"tion", "si"},
        {"ical", "is", "ik"}, {"ics", "ika", "ik"}, {"ic", "ik", "i"}, {"ity", "itas"}, {"ty", "tas"},
        {"ancy", "ansi"}, {"ency", "ensi", "ansi"}, {"ance", "ansi", "ans"}, {"ence", "ensi", "ens"},
        {"logy", "logi"}, {"graphy", "grafi"}, {"ism", "isme"}, {"ist", "is"}, {"ive", "if"}, {"ure", "ur"},
        {"ary", "er", "ari"}, {"ize", "isasi"}, {"ise", "isasi"}, {"ment", "men"}, {"ine", "in"}, {"y", "i"},
    };

    private EnglishLoanwords() {
    }

    /** Candidate Indonesian spellings of a lower-case English word; empty when it has no letters to change. */
    public static Set<String> candidates(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return out;
        }
        for (String base : singulars(word)) {
            for (String withSuffix : suffixForms(base)) {
                out.add(letters(withSuffix));
                if (out.size() >= MAX_CANDIDATES) {
                    break;
                }
            }
        }
        out.remove(word);
        return out;
    }

    /** The word and, for an English plural, its singular (communities → community, clinics → clinic). */
    private static List<String> singulars(String word) {
        List<String> forms = new ArrayList<>();
        forms.add(word);
        if (word.endsWith("ies") && word.length() > 4) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        } else if (word.endsWith("es") && (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("sses"))) {
            forms.add(word.substring(0, word.length() - 2));
        } else if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        return forms;
    }

    private static List<String> suffixForms(String word) {
        for (String[] rule : SUFFIXES) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length() + 1) {
                String stem = word.substring(0, word.length() - rule[0].length());
                List<String> forms = new ArrayList<>();
                for (int i = 1; i < rule.length; i++) {
                    forms.add(stem + rule[i]);
                }
                return forms;
            }
        }
        // No known suffix: a final silent e goes (vaccine → vaksin is handled above; routine → rutin).
        return List.of(word.endsWith("e") && word.length() > 4 ? word.substring(0, word.length() - 1) : word);
    }

    /** The letter changes, left to right. */
    static String letters(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (c == 'p' && next == 'h') {
                out.append('f');
                i += 2;
            } else if (c == 't' && next == 'h') {
                out.append('t');
                i += 2;
            } else if (c == 'c' && next == 'h') {
                out.append('k');
                i += 2;
            } else if (c == 'q' && next == 'u') {
                out.append("ku");
                i += 2;
            } else if (c == 'c' && next == 'k') {
                out.append('k');
                i += 2;
            } else if (c == 'c') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                i++;
            } else if (c == 't' && word.startsWith("ion", i + 1)) {
                // -tion inside a word as at its end (national → nasional, traditional → tradisional).
                out.append('s');
                i++;
            } else if (c == 'x') {
                out.append("ks");
                i++;
            } else if (c == 'y') {
                out.append('i');
                i++;
            } else if (c == 'o' && next == 'u') {
                out.append('u');
                i += 2;
            } else if (c == next && "aeiou".indexOf(c) < 0) {
                // A doubled consonant is written once (community → komunitas, assistance → asistensi).
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
