package id.lumbung.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds existing entries a new one may duplicate: in the same kabupaten/kota (or the same region, for a
 * province), with the same acronym, a name that shares most of its words, or an acronym that spells the
 * other's name ("Gertak" and "Gerakan Tengok Bawah Atasi Masalah Kemiskinan").
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Words every program name has; they say nothing about which program it is. */
    private static final Set<String> COMMON_WORDS = Set.of("program", "inovasi", "gerakan", "kabupaten", "kota",
            "provinsi", "desa", "dan", "di", "untuk", "dengan", "yang", "ke", "dari", "pada", "oleh", "penanggulangan",
            "penanganan", "percepatan", "kemiskinan", "pemerintah", "daerah", "layanan", "pelayanan", "terpadu");
    static final double NAME_OVERLAP = 0.5;

    public record Candidate(String slug, String name, String acronym, String regionCode, List<String> reasons) {
    }

    /** Existing entries (any publication status) that look like the given one; never the entry itself. */
    public List<Candidate> candidates(String slug, String name, String acronym, String regionCode) {
        return regionCode == null ? List.of() : match(slug, name, acronym, nearby(area(regionCode)));
    }

    /** The area a duplicate is looked for in: the kabupaten/kota of a code below it, else the code itself. */
    public static String area(String regionCode) {
        return regionCode.length() >= 5 ? regionCode.substring(0, 5) : regionCode;
    }

    /** The entries of an area (see {@link #area}), read once for many checks (an import). */
    public List<Innovation> nearby(String area) {
        return Innovation.list("regionCode = ?1 or regionCode like ?2", area, area + ".%");
    }

    public List<Candidate> match(String slug, String name, String acronym, List<Innovation> nearby) {
        List<Candidate> candidates = new ArrayList<>();
        for (Innovation other : nearby) {
            if (other.slug.equals(slug)) {
                continue;
            }
            List<String> reasons = reasons(name, acronym, other);
            if (!reasons.isEmpty()) {
                candidates.add(new Candidate(other.slug, other.name, other.acronym, other.regionCode, reasons));
            }
        }
        return candidates;
    }

    static List<String> reasons(String name, String acronym, Innovation other) {
        List<String> reasons = new ArrayList<>();
        if (acronym != null && other.acronym != null && fold(acronym).equals(fold(other.acronym))) {
            reasons.add("same_acronym");
        }
        if (overlap(words(name), words(other.name)) >= NAME_OVERLAP) {
            reasons.add("similar_name");
        }
        if (spells(acronym, other.name) || spells(other.acronym, name)
                || other.aliases.stream().anyMatch(a -> fold(a).equals(fold(name)) || acronym != null && fold(a).equals(fold(acronym)))) {
            reasons.add("acronym_matches_name");
        }
        return reasons;
    }

    /** Whether an acronym is made of the leading letters of the name's words, in order (words may be skipped). */
    static boolean spells(String acronym, String name) {
        if (acronym == null || name == null) {
            return false;
        }
        String letters = fold(acronym).replaceAll("[^a-z0-9]", "");
        List<String> words = Arrays.stream(fold(name).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
        return letters.length() >= 3 && !words.isEmpty() && words.getFirst().charAt(0) == letters.charAt(0)
                && spells(letters, 0, words, 0);
    }

    private static boolean spells(String letters, int at, List<String> words, int word) {
        if (at == letters.length()) {
            return true;
        }
        if (word == words.size()) {
            return false;
        }
        String current = words.get(word);
        for (int take = Math.min(current.length(), letters.length() - at); take >= 1; take--) {
            if (current.startsWith(letters.substring(at, at + take)) && spells(letters, at + take, words, word + 1)) {
                return true;
            }
        }
        return word > 0 && spells(letters, at, words, word + 1);
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        if (name != null) {
            for (String word : fold(name).split("[^a-z0-9]+")) {
                if (word.length() > 1 && !COMMON_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Jaccard overlap of two word sets. */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all.isEmpty() ? 0 : (double) common.size() / all.size();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
