package id.lumbung.search.query;

import id.lumbung.common.CacheHints;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a search answer. {@code totalRelation} is {@code eq} when {@code total} is exact and {@code gte}
 * when counting stopped at the exact-count limit (the total is then a lower bound); {@code facetsSampled} says the
 * facet counts were taken from the matches counted, each a lower bound.
 */
public record SearchResult(long total, String totalRelation, List<Hit> hits, Map<String, List<FacetValue>> facets,
        boolean facetsSampled, String nextCursor, String didYouMean, long tookMs, String index, boolean partial,
        RegionMatch regionMatch) implements CacheHints {

    static String relation(boolean exact) {
        return exact ? "eq" : "gte";
    }

    /** Whether the total is a lower bound. */
    public boolean totalIsLowerBound() {
        return "gte".equals(totalRelation);
    }

    /** The same answer with no time taken: two runs of one search differ in took_ms only. */
    @Override
    public SearchResult timeless() {
        return new SearchResult(total, totalRelation, hits, facets, facetsSampled, nextCursor, didYouMean, 0, index, partial,
                regionMatch);
    }

    /**
     * The region a query names (its name or abbreviation, or a near spelling of one): shown before the results, with
     * the path of its profile page. {@code exact} is false for a near spelling; {@code others} are regions of the same
     * name (Kota and Kabupaten Bandung).
     */
    public record RegionMatch(String code, String name, String type, Place province, String profile, boolean exact,
            List<Place> others) {
    }

    public record Place(String code, String name) {
    }

    public record Hit(String slug, String name, String acronym, String summary, Place region, Place province, List<String> themes,
            String tahapan, Integer year, int replicationCount, String bestReplicationStatus, String runningStatus, float score,
            Map<String, String> highlights, String nameEn, String summaryEn) {
    }

    /** A facet value with its count among the results; label is the human name where the value is a code. */
    public record FacetValue(String value, String label, long count) {
    }
}
