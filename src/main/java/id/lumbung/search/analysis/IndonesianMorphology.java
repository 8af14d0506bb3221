package id.lumbung.search.analysis;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms a word takes under Indonesian nasal assimilation, which rule-based stemmers undo only halfway. The prefixes
 * meN- and peN- replace a root's first p, t, k or s by their nasal (pantau → memantau, pemantauan; tulis → menulis;
 * kirim → mengirim; sapu → menyapu), and Lucene's stemmer, which cannot know whether "memantau" is mem+antau or
 * me+pantau, stems "memantau" to "antau" but "pantau" to itself. A query word is therefore also looked for in the forms
 * of its root with the nasal prefix and, for a word with the prefix, of its root with the consonant restored.
 */
public final class IndonesianMorphology {

    private IndonesianMorphology() {
    }

    /** The other forms of a word under nasal assimilation: restored roots and nasalised forms; empty for none. */
    public static Set<String> nasalVariants(String word) {
        Set<String> variants = new LinkedHashSet<>();
        if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return variants;
        }
        restoreRoot(word, variants);
        if (variants.isEmpty()) {
            // A word with the nasal prefix is not itself a root (pemasaran is not p + emasaran).
            nasalise(word, variants);
        }
        variants.remove(word);
        return variants;
    }

    /** meN-/peN- + vowel: the root may have begun with the consonant the nasal replaced. */
    private static void restoreRoot(String word, Set<String> variants) {
        for (String prefix : new String[] {"me", "pe"}) {
            if (!word.startsWith(prefix)) {
                continue;
            }
            String rest = word.substring(2);
            if (rest.startsWith("ng") && startsWithVowel(rest, 2)) {
                variants.add("k" + rest.substring(2));
            } else if (rest.startsWith("ny") && startsWithVowel(rest, 2)) {
                variants.add("s" + rest.substring(2));
            } else if (rest.startsWith("m") && startsWithVowel(rest, 1)) {
                variants.add("p" + rest.substring(1));
            } else if (rest.startsWith("n") && startsWithVowel(rest, 1)) {
                variants.add("t" + rest.substring(1));
            }
        }
    }

    /** A root that begins with p, t, k or s + vowel: its verb (meN-) and noun (peN-…-an) forms. */
    private static void nasalise(String word, Set<String> variants) {
        if (!startsWithVowel(word, 1)) {
            return;
        }
        String nasal = switch (word.charAt(0)) {
            case 'p' -> "m";
            case 't' -> "n";
            case 'k' -> "ng";
            case 's' -> "ny";
            default -> null;
        };
        if (nasal != null) {
            String rest = word.substring(1);
            variants.add("me" + nasal + rest);
            variants.add("pe" + nasal + rest + "an");
        }
    }

    private static boolean startsWithVowel(String text, int at) {
        return text.length() > at && "aeiou".indexOf(text.charAt(at)) >= 0;
    }
}
