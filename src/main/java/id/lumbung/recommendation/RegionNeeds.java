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
 * one exists, else of the same year, else the latest) becomes a need, which points at catalogue themes with a
 * weight. Where neither the region nor its province shows a need, the national figures set the priorities.
 */
final class RegionNeeds {

    /** Indicator → the themes of innovations that answer it, with how directly they do. */
    static final Map<String, Map<String, Double>> THEMES_BY_INDICATOR = Map.of(
            "persen_miskin_ekstrem", Map.of("kemiskinan-ekstrem", 3.0, "kemiskinan", 1.5, "perlindungan-sosial", 1.0,
                    "data-terpadu", 0.5),
            "persen_miskin", Map.of("kemiskinan", 2.0, "kemiskinan-ekstrem", 1.0, "umkm", 1.0, "pemberdayaan-desa", 1.0,
                    "ketenagakerjaan", 0.5, "pemberdayaan-perempuan", 0.5),
            "prevalensi_stunting", Map.of("stunting", 3.0, "kesehatan", 1.0, "anak", 0.5));

    /**
     * A need: the value, the national value it is compared with, and whose data it is ({@link Basis}): the
     * region's, its province's, or, for national priorities, the nation's own (then value is the national one).
     */
    record Need(String indicator, BigDecimal value, String period, BigDecimal national, String nationalPeriod, Basis basis) {
    }

    private RegionNeeds() {
    }

    /**
     * @param values the region's indicator values (or its province's, which {@code basis} then says)
     */
    static List<Need> of(Basis basis, List<RegionIndicator> values, List<RegionIndicator> national) {
        List<Need> needs = new ArrayList<>();
        for (String indicator : THEMES_BY_INDICATOR.keySet().stream().sorted().toList()) {
            Optional<RegionIndicator> latest = latest(values, indicator, null);
            if (latest.isEmpty()) {
                continue;
            }
            String period = latest.get().period;
            Optional<RegionIndicator> reference = latest(national, indicator, p -> p.equals(period))
                    .or(() -> latest(national, indicator, p -> p.length() >= 4 && period.startsWith(p.substring(0, 4))))
                    .or(() -> latest(national, indicator, null));
            if (reference.isPresent() && latest.get().value.compareTo(reference.get().value) > 0) {
                needs.add(new Need(indicator, latest.get().value, period, reference.get().value, reference.get().period, basis));
            }
        }
        return needs;
    }

    /** The national indicators themselves as priorities, for a region whose own data shows no need. */
    static List<Need> nationalPriorities(List<RegionIndicator> national) {
        List<Need> needs = new ArrayList<>();
        for (String indicator : THEMES_BY_INDICATOR.keySet().stream().sorted().toList()) {
            latest(national, indicator, null).ifPresent(v -> needs.add(
                    new Need(indicator, v.value, v.period, v.value, v.period, Basis.nasional)));
        }
        return needs;
    }

    private static Optional<RegionIndicator> latest(List<RegionIndicator> values, String indicator,
            java.util.function.Predicate<String> period) {
        return values.stream().filter(v -> v.indicator.equals(indicator) && v.value != null)
                .filter(v -> period == null || period.test(v.period))
                .max(Comparator.comparing(v -> v.period));
    }
}
