package id.lumbung.search.analysis;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular derivations of an Indonesian root word: its prefixes meN-, peN-, di-, ber-, ter-, per-, ke- and se-, its
 * suffixes -an, -kan and -i, and the confixes they make (pe(N)-…-an, per-…-an, ke-…-an, ber-…-an, meN-…-kan,
 * memper-…-kan, memper-…-i, diper-…-i, member-…-kan, pember-…-an, and the stacked ke-peN-…-an, ke-ter-…-an and
 * ber-peN-…-an: kependudukan, keterlibatan, berpenghasilan), with nasal assimilation (tulis → menulis, pantau →
 * pemantauan, kelola → mengelola, bina → membina).
 *
 * <p>Lucene's rule-based stemmer cannot know where a root begins, so one family falls apart into several stems:
 * "kelompok" → lompok but "dikelompokkan" → kelompok; "rumah" → rumah but "perumahan" → umah; "menteri" → teri but
 * "kementerian" → menteri. The root is found with JSastrawi's dictionary (a word's root only when it is a known
 * root word), and the family is written out here; the query side keeps the forms the index contains.
 */
public final class WordFamily {

    private static final String[] SUFFIXES = {"", "an", "kan", "i"};

    private WordFamily() {
    }

    /** The word's root when it is a known Indonesian root word (the word itself if it is one); null otherwise. */
    public static String root(String word) {
        if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        return IndonesianDictionary.rootOf(word);
    }

    /** The regular derived forms of a root word, the root included. */
    public static Set<String> of(String root) {
        Set<String> forms = new LinkedHashSet<>();
        String nasalMe = "me" + nasalised(root);
        String nasalPe = "pe" + nasalised(root);
        for (String suffix : SUFFIXES) {
            forms.add(root + suffix);
            forms.add(nasalMe + suffix);
            forms.add("di" + root + suffix);
        }
        forms.add(nasalPe);
        forms.add(nasalPe + "an");
        forms.add(ber(root));
        forms.add(ber(root) + "an");
        forms.add("ke" + ber(root) + "an");
        forms.add("mem" + ber(root) + "kan");
        forms.add("di" + ber(root) + "kan");
        forms.add("pem" + ber(root) + "an");
        forms.add("ter" + root);
        forms.add(per(root) + "an");
        forms.add("mem" + per(root));
        forms.add("mem" + per(root) + "kan");
        forms.add("mem" + per(root) + "i");
        forms.add("di" + per(root) + "kan");
        forms.add("di" + per(root) + "i");
        forms.add("ke" + root + "an");
        forms.add("ke" + nasalPe + "an");
        forms.add("keter" + root + "an");
        forms.add("ber" + nasalPe + "an");
        forms.add("se" + root);
        return forms;
    }

    /** The root after meN-/peN-: the nasal that fits its first sound, which replaces a voiceless p, t, k, s. */
    static String nasalised(String root) {
        char first = root.charAt(0);
        boolean vowelNext = root.length() > 1 && isVowel(root.charAt(1));
        return switch (first) {
            case 'a', 'e', 'i', 'o', 'u', 'g', 'h' -> "ng" + root;
            case 'k' -> vowelNext ? "ng" + root.substring(1) : "ng" + root;
            case 'p' -> vowelNext ? "m" + root.substring(1) : "m" + root;
            case 'b', 'f', 'v' -> "m" + root;
            case 't' -> vowelNext ? "n" + root.substring(1) : "n" + root;
            case 'c', 'd', 'j', 'z' -> "n" + root;
            case 's' -> vowelNext ? "ny" + root.substring(1) : "n" + root;
            default -> root; // l, m, n, r, w, y: no nasal (melatih, merawat)
        };
    }

    /** ber- is be- before an r and before a first syllable in -er (berumah, bekerja, beternak). */
    private static String ber(String root) {
        return dropsR(root) ? "be" + root : "ber" + root;
    }

    /** per- likewise (perumahan, pekerjaan, peternakan). */
    private static String per(String root) {
        return dropsR(root) ? "pe" + root : "per" + root;
    }

    private static boolean dropsR(String root) {
        return root.charAt(0) == 'r' || (root.length() > 3 && !isVowel(root.charAt(0)) && root.startsWith("er", 1));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
