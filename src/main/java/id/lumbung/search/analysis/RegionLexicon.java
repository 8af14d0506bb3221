package id.lumbung.search.analysis;

import id.lumbung.region.RegionNames;
import id.lumbung.region.RegionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names by which people write Indonesia's provinces and kabupaten/kota: official names, the written variants
 * ("Kab. Ketapang", "Pemkab Ketapang", "Ketapang") and the abbreviations and popular names (Kalbar, Kukar, Jogja), all
 * of them, whether or not the catalogue has an innovation there. A query that is one of them names a region; a word of
 * one of them is never "corrected" into a common word; and a near spelling of one is taken as that region's name.
 */
public final class RegionLexicon {

    public static final RegionLexicon EMPTY = new RegionLexicon(List.of(), Map.of());

    /** A province or kabupaten/kota as search shows it. */
    public record Place(String code, String name, RegionType type, String provinceCode) {
    }

    /** One written form of a region, in the lookup form of {@link RegionNames#normalize}. */
    public record Name(String normalized, Place place) {
    }

    /** A query that names a region: the region, what was recognised, and other regions of the same name. */
    public record Match(Place region, String matched, boolean exact, List<Place> others) {
    }

    /** Queries longer than this are not compared with every name for a near spelling. */
    private static final int MAX_MATCHED_LENGTH = 40;

    private final List<Name> names;
    private final Map<String, List<Place>> byName;
    /** The words of all names (abbreviations included), by their first letter: "kalbar", "ketapang", "kartanegara". */
    private final Map<Character, List<String>> wordsByInitial;
    private final Set<String> words;
    private final Map<String, Place> byCode = new HashMap<>();

    private RegionLexicon(List<Name> names, Map<String, List<Place>> byName) {
        this.names = names;
        this.byName = byName;
        names.forEach(name -> byCode.putIfAbsent(name.place().code(), name.place()));
        this.words = new HashSet<>();
        for (Name name : names) {
            for (String word : name.normalized().split(" ")) {
                if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
        }
        this.wordsByInitial = new HashMap<>();
        for (String word : words) {
            wordsByInitial.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        }
    }

    /** A lexicon of the given places and their written forms (already normalized), in the order given. */
    public static RegionLexicon of(List<Place> places, Map<String, List<String>> namesByCode) {
        List<Name> names = new ArrayList<>();
        Map<String, List<Place>> byName = new LinkedHashMap<>();
        for (Place place : places) {
            Set<String> forms = new java.util.LinkedHashSet<>();
            forms.add(RegionNames.normalize(place.name()));
            forms.addAll(namesByCode.getOrDefault(place.code(), List.of()));
            for (String form : forms) {
                if (!form.isBlank()) {
                    names.add(new Name(form, place));
                    byName.computeIfAbsent(form, f -> new ArrayList<>()).add(place);
                }
            }
        }
        byName.replaceAll((form, list) -> list.stream().distinct().sorted(PREFERENCE).toList());
        return new RegionLexicon(List.copyOf(names), byName);
    }

    /** Of regions with the same name, the province first, then the kota (a bare "Bandung" is the city), then the kabupaten. */
    private static final Comparator<Place> PREFERENCE = Comparator.comparingInt(p -> switch (p.type()) {
        case provinsi -> 0;
        case kota -> 1;
        default -> 2;
    });

    /** The province or kabupaten/kota of a code; null for another code. */
    public Place place(String code) {
        return byCode.get(code);
    }

    /** Every written form, provinces first: for completion as the user types. */
    public List<Name> names() {
        return names;
    }

    /** Whether a word (lower case, folded) is a word of a region's name or abbreviation. */
    public boolean isRegionWord(String word) {
        return words.contains(word);
    }

    /**
     * The region a whole query names, exactly or by a near spelling (one edit up to eight letters, two beyond, the first
     * letter as typed); null when it names none.
     */
    public Match match(String query) {
        if (query == null) {
            return null;
        }
        String normalized = RegionNames.normalize(query);
        if (normalized.isEmpty() || normalized.length() > MAX_MATCHED_LENGTH) {
            return null;
        }
        List<Place> exact = byName.get(normalized);
        if (exact != null) {
            return new Match(exact.getFirst(), query.strip(), true, exact.subList(1, exact.size()));
        }
        int budget = budget(normalized);
        if (budget == 0) {
            return null;
        }
        String best = null;
        int bestDistance = budget + 1;
        for (String form : byName.keySet()) {
            if (form.charAt(0) == normalized.charAt(0) && Math.abs(form.length() - normalized.length()) <= budget) {
                int distance = Edits.distance(normalized, form, budget);
                if (distance < bestDistance) {
                    best = form;
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<Place> near = byName.get(best);
        return new Match(near.getFirst(), query.strip(), false, near.subList(1, near.size()));
    }

    /** The region word nearest to a word that is not one (within {@link #budget}); null for none. */
    public String nearestWord(String word) {
        int budget = budget(word);
        if (budget == 0 || words.contains(word)) {
            return null;
        }
        String best = null;
        int bestDistance = budget + 1;
        for (String candidate : wordsByInitial.getOrDefault(word.charAt(0), List.of())) {
            if (candidate.length() >= 4 && Math.abs(candidate.length() - word.length()) <= budget) {
                int distance = Edits.distance(word, candidate, budget);
                if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * Edits allowed for a region name typed with a slip: none under four letters (NTB, DIY are typed whole), one up to
     * eight, two beyond. Abbreviations are short, so one edit starts at four letters here, not at five as for other
     * words ("Jatm" is Jatim).
     */
    static int budget(String word) {
        int letters = word.replace(" ", "").length();
        return letters < 4 ? 0 : letters <= 8 ? 1 : 2;
    }
}
