package id.lumbung.search.query;

import id.lumbung.common.CacheHints;
import java.util.List;
import java.util.Map;

/** The JSON shape of a search answer. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor,
        String didYouMean, long tookMs, String index, boolean partial) implements CacheHints {

    /** The same answer with no time taken: two runs of one search differ in took_ms only. */
    @Override
    public SearchResult timeless() {
        return new SearchResult(total, hits, facets, nextCursor, didYouMean, 0, index, partial);
    }

    public record Place(String code, String name) {
    }

    public record Hit(String slug, String name, String acronym, String summary, Place region, Place province, List<String> themes,
            String tahapan, Integer year, int replicationCount, String bestReplicationStatus, String runningStatus, float score,
            Map<String, String> highlights) {
    }

    /** A facet value with its count among the results; label is the human name where the value is a code. */
    public record FacetValue(String value, String label, long count) {
    }
}
