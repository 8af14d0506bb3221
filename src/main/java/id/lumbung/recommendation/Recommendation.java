package id.lumbung.recommendation;

import java.util.List;
import java.util.Map;

/**
 * An innovation recommended for a region. {@code reasons} are machine-readable (e.g.
 * {@code similar_regions_adopted: 3}); {@code alasan} says the same in plain Indonesian for people.
 */
public record Recommendation(String slug, String name, String regionCode, String regionName, List<String> themes,
        String tahapan, double score, Map<String, Object> reasons, List<String> alasan) {
}
