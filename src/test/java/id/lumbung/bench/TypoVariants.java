package id.lumbung.bench;

import id.lumbung.bench.RelevanceMetrics.Judged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typo robustness: each judged query with one deterministic slip of a kind, scored with the query's own judgements,
 * against the query as written. Made up from the tuned queries, so that nothing here is learnt from a held-out set.
 */
final class TypoVariants {

    /** The kinds of slip. */
    enum Kind {
        /** The first letter of the longest word (five letters at least) replaced by its neighbour on the keyboard. */
        first,
        /** The middle letter of the longest word (six letters at least) left out. */
        middle,
        /** The first two neighbouring words of three letters at least written without their space. */
        merged
    }

    private static final Map<Character, Character> NEIGHBOUR = neighbours("as bv cx ds er fd gf hg iu jh kj lk mn nm oi po"
            + " qw re sa tr uy vc wq xz yt zx");

    private TypoVariants() {
    }

    /** The mean nDCG@10 of the queries as written and with a slip of this kind, over those that can have one. */
    static String line(Kind kind, List<Judged> queries, RelevanceEvaluation.Engine engine) throws Exception {
        double written = 0;
        double slipped = 0;
        int count = 0;
        for (Judged q : queries) {
            String variant = variant(q.query(), kind);
            if (variant != null) {
                written += RelevanceMetrics.score(q, engine.search(q.query())).ndcg10();
                slipped += RelevanceMetrics.score(q, engine.search(variant)).ndcg10();
                count++;
            }
        }
        return String.format("%-8s %3d queries: nDCG@10 as written %.3f, with the slip %.3f", kind, count,
                written / count, slipped / count);
    }

    /** The query with one slip of the kind; null when it has no word the kind applies to. */
    static String variant(String query, Kind kind) {
        List<String> words = new ArrayList<>(Arrays.asList(query.split(" ")));
        switch (kind) {
            case first, middle -> {
                int minimum = kind == Kind.first ? 5 : 6;
                int longest = -1;
                for (int i = 0; i < words.size(); i++) {
                    String w = words.get(i);
                    if (isLowerCaseWord(w) && w.length() >= minimum && (longest < 0 || w.length() > words.get(longest).length())) {
                        longest = i;
                    }
                }
                if (longest < 0) {
                    return null;
                }
                String w = words.get(longest);
                int middle = w.length() / 2;
                words.set(longest, kind == Kind.first ? NEIGHBOUR.get(w.charAt(0)) + w.substring(1)
                        : w.substring(0, middle) + w.substring(middle + 1));
            }
            case merged -> {
                int at = -1;
                for (int i = 0; i + 1 < words.size() && at < 0; i++) {
                    if (words.get(i).chars().allMatch(Character::isLetter) && words.get(i + 1).chars().allMatch(Character::isLetter)
                            && words.get(i).length() >= 3 && words.get(i + 1).length() >= 3) {
                        at = i;
                    }
                }
                if (at < 0) {
                    return null;
                }
                words.set(at, words.get(at) + words.remove(at + 1));
            }
        }
        return String.join(" ", words);
    }

    private static boolean isLowerCaseWord(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static Map<Character, Character> neighbours(String pairs) {
        Map<Character, Character> map = new HashMap<>();
        for (String pair : pairs.split(" ")) {
            map.put(pair.charAt(0), pair.charAt(1));
        }
        return Map.copyOf(map);
    }
}
