package id.lumbung.recommendation;

import id.lumbung.catalogue.Innovation;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.Formats;
import id.lumbung.recommendation.RegionNeeds.Need;
import id.lumbung.region.Region;
import id.lumbung.replication.Replication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores one innovation for one region and says why. docs/replication.md explains the scoring; the weights
 * below are its single source.
 */
final class InnovationFit {

    static final double NEED_WEIGHT = 2.0;
    /** A national priority is a weaker signal than a region's own figures. */
    static final double NATIONAL_PRIORITY_FACTOR = 0.5;
    static final double SIMILAR_ADOPTER_WEIGHT = 1.5;
    static final double PROVEN_WEIGHT = 0.75;
    static final double PENERAPAN_BONUS = 1.0;
    static final double UJI_COBA_BONUS = 0.3;
    static final double AWARD_WEIGHT = 0.5;
    static final double SAME_PROVINCE_BONUS = 0.5;
    /** An innovation its own region has stopped running is a weaker model. */
    static final double STOPPED_FACTOR = 0.5;
    static final int COUNT_CAP = 4;

    private final Map<String, Object> reasons = new LinkedHashMap<>();
    private final List<Reason> explanations = new ArrayList<>();
    private double score;
    private boolean fits;

    private InnovationFit() {
    }

    /** The recommendation, or null when nothing ties the innovation to the region. */
    static Recommendation score(Innovation innovation, Region region, List<Need> needs, List<Replication> replications,
            RegionSimilarity similarity) {
        InnovationFit fit = new InnovationFit();
        fit.needs(innovation, needs);
        fit.adopters(replications, similarity);
        fit.evidence(innovation);
        if (innovation.regionCode != null && innovation.regionCode.startsWith(region.code.substring(0, 2))) {
            fit.add(SAME_PROVINCE_BONUS, "same_province", true, new Reason("same_province", Map.of()));
            fit.fits = true;
        }
        if (!fit.fits) {
            return null;
        }
        if (innovation.runningStatus == RunningStatus.terhenti) {
            fit.score *= STOPPED_FACTOR;
            fit.reasons.put("terhenti", true);
            fit.explanations.add(new Reason("terhenti", Map.of()));
        }
        Region source = innovation.regionCode == null ? null : similarity.region(innovation.regionCode);
        return new Recommendation(innovation.slug, innovation.name, innovation.regionCode,
                source == null ? null : source.displayName(), List.copyOf(innovation.themes),
                innovation.tahapan == null ? null : innovation.tahapan.name(), Math.round(fit.score * 100) / 100.0,
                fit.reasons, List.copyOf(fit.explanations),
                fit.explanations.stream().map(r -> ReasonText.of(r, Formats.INDONESIAN)).toList());
    }

    private void needs(Innovation innovation, List<Need> needs) {
        Map<Need, Double> weights = new LinkedHashMap<>();
        for (Need need : needs) {
            weights.put(need, innovation.themes.stream()
                    .mapToDouble(t -> RegionNeeds.THEMES_BY_INDICATOR.get(need.indicator()).getOrDefault(t, 0.0)).max().orElse(0));
        }
        List<String> matched = new ArrayList<>();
        // The need the innovation answers most directly is named first.
        for (Map.Entry<Need, Double> entry : weights.entrySet().stream()
                .sorted(Map.Entry.<Need, Double>comparingByValue().reversed()).toList()) {
            Need need = entry.getKey();
            if (entry.getValue() > 0) {
                boolean national = need.basis() == Basis.nasional;
                score += NEED_WEIGHT * entry.getValue() * (national ? NATIONAL_PRIORITY_FACTOR : 1);
                matched.add(need.indicator());
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("indicator", need.indicator());
                params.put("value", need.value());
                params.put("period", need.period());
                params.put("national", need.national());
                params.put("national_period", need.nationalPeriod());
                // The page says once that national priorities apply; each innovation names the one it answers best.
                if (!national || matched.size() == 1) {
                    explanations.add(new Reason("need_" + need.basis().name(), params));
                }
            }
        }
        if (!matched.isEmpty()) {
            reasons.put("need_match", matched);
            fits = true;
        }
    }

    private void adopters(List<Replication> replications, RegionSimilarity similarity) {
        Map<String, Region> similarAdopters = new LinkedHashMap<>();
        long proven = 0;
        for (Replication r : replications) {
            if (!r.status.isProven()) {
                continue;
            }
            proven++;
            Region adopter = r.adopterRegionCode == null ? null : similarity.region(r.adopterRegionCode);
            if (adopter != null && similarity.isSimilar(adopter)) {
                similarAdopters.put(adopter.code, adopter);
            }
        }
        if (!similarAdopters.isEmpty()) {
            add(SIMILAR_ADOPTER_WEIGHT * Math.min(similarAdopters.size(), COUNT_CAP), "similar_regions_adopted",
                    similarAdopters.size(), new Reason("similar_regions", Map.of("count", similarAdopters.size(), "names",
                            similarAdopters.values().stream().map(Region::displayName).collect(Collectors.joining(", ")))));
            fits = true;
        }
        if (proven > 0) {
            add(PROVEN_WEIGHT * Math.min(proven, COUNT_CAP), "proven_replications", proven,
                    new Reason("proven", Map.of("count", proven)));
        }
    }

    private void evidence(Innovation innovation) {
        if (innovation.tahapan == Tahapan.penerapan) {
            add(PENERAPAN_BONUS, "tahapan", innovation.tahapan.name(), new Reason("penerapan", Map.of()));
        } else if (innovation.tahapan == Tahapan.uji_coba) {
            add(UJI_COBA_BONUS, "tahapan", innovation.tahapan.name(), null);
        }
        if (!innovation.awards.isEmpty()) {
            add(AWARD_WEIGHT * Math.min(innovation.awards.size(), COUNT_CAP), "awards", innovation.awards.size(),
                    new Reason("awards", Map.of("count", innovation.awards.size())));
        }
    }

    private void add(double points, String key, Object value, Reason reason) {
        score += points;
        reasons.put(key, value);
        if (reason != null) {
            explanations.add(reason);
        }
    }
}
