package id.lumbung.search.query;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.IndonesianDictionary;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.analysis.RegionLexicon;
import id.lumbung.search.query.SearchResult.Place;
import id.lumbung.search.query.SearchResult.RegionMatch;
import id.lumbung.search.query.TextQueryBuilder.WordFrequency;
import id.lumbung.search.query.UserQuery.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Region names in queries: a query that is a region's name or abbreviation names that region (shown first, with a
 * link to its profile), and a word the catalogue does not contain that is a near spelling of a region's name is read
 * as that name too ("Ketapng" → Ketapang), so the place part of a query is not lost to a slip.
 */
final class RegionQueries {

    private RegionQueries() {
    }

    /** The region the query's words name together; null when they name none (or the query has phrases or exclusions). */
    static RegionMatch match(UserQuery query, RegionLexicon regions) {
        if (query.clauses().isEmpty() || query.clauses().stream().anyMatch(c -> c.excluded() || c.phrase()
                || c.alternatives().size() > 1)) {
            return null;
        }
        RegionLexicon.Match match = regions.match(query.positiveText());
        if (match == null) {
            return null;
        }
        RegionLexicon.Place region = match.region();
        RegionLexicon.Place province = region.code().equals(region.provinceCode()) ? null : regions.place(region.provinceCode());
        return new RegionMatch(region.code(), region.name(), region.type().name(),
                province == null ? null : new Place(province.code(), province.name()), "/daerah/" + region.code(),
                match.exact(), match.others().stream().map(p -> new Place(p.code(), p.name())).toList());
    }

    /** Abbreviations of a region's tier or government, written before its name ("Kab. Ketapang", "Pemkot Surabaya"). */
    private static final Set<String> TIER_ABBREVIATIONS = Set.of("kab", "prov", "pemkab", "pemkot", "pemko", "pemprov",
            "kec", "kel");

    /**
     * The query without the tier abbreviations written before a region's name: the texts name regions in full (the
     * region's own name is indexed as "Kabupaten Ketapang"), so "Kab." only matched a stray "(Kab. Sumba Timur)" in an
     * award's name, and "Kab. Ketapang" found Sumba Timur.
     */
    static UserQuery withoutTierAbbreviations(UserQuery query, QueryAnalyzers analyzers) {
        List<Clause> clauses = query.clauses();
        List<Clause> kept = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (i + 1 < clauses.size() && isTierAbbreviation(clause, analyzers) && namesRegion(clauses.get(i + 1), analyzers)) {
                continue;
            }
            kept.add(clause);
        }
        return kept.size() == clauses.size() || kept.isEmpty() ? query : new UserQuery(List.copyOf(kept), query.truncated());
    }

    private static boolean isTierAbbreviation(Clause clause, QueryAnalyzers analyzers) {
        List<String> tokens = plainTokens(clause, analyzers);
        return tokens.size() == 1 && TIER_ABBREVIATIONS.contains(tokens.getFirst());
    }

    private static boolean namesRegion(Clause clause, QueryAnalyzers analyzers) {
        List<String> tokens = plainTokens(clause, analyzers);
        return tokens.size() == 1 && analyzers.regions().isRegionWord(tokens.getFirst());
    }

    private static List<String> plainTokens(Clause clause, QueryAnalyzers analyzers) {
        return clause.phrase() || clause.excluded() || clause.alternatives().size() > 1 ? List.of()
                : IndonesianAnalysis.tokens(analyzers.exact(), clause.text());
    }

    /**
     * The region word a typed word is a near spelling of, if the word is not a word: unknown to the catalogue, to the
     * regions and to the Indonesian dictionary ("kawan" is not a slip for a region's "kanan").
     */
    static String regionSpelling(String typed, QueryAnalyzers analyzers, WordFrequency frequency) {
        List<String> tokens = IndonesianAnalysis.tokens(analyzers.exact(), typed);
        if (tokens.size() != 1) {
            return null;
        }
        String word = tokens.getFirst();
        if (IndonesianAnalysis.STOP_WORDS.contains(word) || !word.chars().allMatch(Character::isLetter)
                || analyzers.regions().isRegionWord(word) || frequency.documentsWith(word) > 0
                || IndonesianDictionary.isWord(word)) {
            return null;
        }
        return analyzers.regions().nearestWord(word);
    }
}
