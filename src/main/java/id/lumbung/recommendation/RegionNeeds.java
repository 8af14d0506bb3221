package id.lumbung.recommendation;

import id.lumbung.region.RegionIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a region's indicators say it needs: each indicator above the national value (of the same period where
 * one exists, else the latest) becomes a need, which points at catalogue themes with a weight.
 */
final class RegionNeeds {

    /** Indicator → the themes of innovations that answer it, with how directly they do. */
    static final Map<String, Map<String, Double>> THEMES_BY_INDICATOR = Map.of(
            "persen_miskin_ekstrem", Map.of("kemiskinan-ekstrem", 3.0, "kemiskinan", 1.5, "perlindungan-sosial", 1.0,
                    "data-terpadu", 0.5),
            "persen_miskin", Map.of("kemiskinan", 2.0, "kemiskinan-ekstrem", 1.0, "umkm", 1.0, "pemberdayaan-desa", 1.0,
                    "ketenagakerjaan", 0.5, "pemberdayaan-perempuan", 0.5),
            "prevalensi_stunting", Map.of("stunting", 3.0, "kesehatan", 1.0, "anak", 0.5));

    /** A need: the region's value, the national value it exceeds, and from whose data (the region or its province). */
    record Need(String indicator, BigDecimal value, String period, BigDecimal national, String measuredAt) {
    }

    private RegionNeeds() {
    }

    /**
     * @param values the region's indicator values; when empty the province's are used ({@code measuredAt} says so)
     */
    static List<Need> of(String measuredAt, List<RegionIndicator> values, List<RegionIndicator> national) {
        List<Need> needs = new ArrayList<>();
        for (String indicator : THEMES_BY_INDICATOR.keySet().stream().sorted().toList()) {
            Optional<RegionIndicator> latest = latest(values, indicator, null);
            if (latest.isEmpty()) {
                continue;
            }
            Optional<RegionIndicator> reference = latest(national, indicator, latest.get().period)
                    .or(() -> latest(national, indicator, null));
            if (reference.isPresent() && latest.get().value.compareTo(reference.get().value) > 0) {
                needs.add(new Need(indicator, latest.get().value, latest.get().period, reference.get().value, measuredAt));
            }
        }
        return needs;
    }

    private static Optional<RegionIndicator> latest(List<RegionIndicator> values, String indicator, String period) {
        return values.stream().filter(v -> v.indicator.equals(indicator) && v.value != null)
                .filter(v -> period == null || period.equals(v.period))
                .max(Comparator.comparing(v -> v.period));
    }
}
