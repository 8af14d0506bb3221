package id.lumbung.search.query;

import id.lumbung.common.CacheHints;
import java.util.List;
import java.util.Map;

/** The JSON shape of a search answer. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor,
        String didYouMean, long tookMs, String index, boolean partial, RegionMatch regionMatch) implements CacheHints {

    /** The same answer with no time taken: two runs of one search differ in took_ms only. */
    @Override
    public SearchResult timeless() {
        return new SearchResult(total, hits, facets, nextCursor, didYouMean, 0, index, partial, regionMatch);
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
