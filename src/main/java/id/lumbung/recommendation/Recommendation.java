package id.lumbung.recommendation;

import java.util.List;
import java.util.Map;

/**
 * An innovation recommended for a region. {@code reasons} are machine-readable (e.g.
 * {@code similar_regions_adopted: 3}); {@code explanations} are the same reasons as data for wording in either
 * language, and {@code alasan} says them in plain Indonesian, most direct need first.
 */
public record Recommendation(String slug, String name, String regionCode, String regionName, List<String> themes,
        String tahapan, double score, Map<String, Object> reasons, List<Reason> explanations, List<String> alasan) {

    /** The recommendations of one region and whose indicators they rest on. */
    public record ForRegion(String regionCode, Basis basis, List<Recommendation> items) {
    }
}
