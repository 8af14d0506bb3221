package id.lumbung.recommendation;

import id.lumbung.catalogue.Innovation;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.ApiProblem;
import id.lumbung.recommendation.RegionNeeds.Need;
import id.lumbung.region.Region;
import id.lumbung.region.RegionIndicator;
import id.lumbung.replication.Replication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * "Program yang cocok untuk daerah ini": published innovations ranked for a region by what its indicators say
 * it needs, what similar regions adopted successfully and how strong the evidence is. docs/replication.md
 * explains the scoring; the weights below are its single source.
 */
@ApplicationScoped
public class RecommendationService {

    static final double NEED_WEIGHT = 2.0;
    static final double SIMILAR_ADOPTER_WEIGHT = 1.5;
    static final double PROVEN_WEIGHT = 0.75;
    static final double PENERAPAN_BONUS = 1.0;
    static final double UJI_COBA_BONUS = 0.3;
    static final double AWARD_WEIGHT = 0.5;
    static final double SAME_PROVINCE_BONUS = 0.5;
    /** An innovation its own region has stopped running is a weaker model. */
    static final double STOPPED_FACTOR = 0.5;
    static final int COUNT_CAP = 4;
    /** Two regions' poverty rates this close (percentage points) count as nearby indicator values. */
    static final double NEAR_POVERTY_POINTS = 2.0;
    /** How many candidates are loaded and scored at most. */
    static final int CANDIDATES = 120;

    @Inject
    EntityManager em;

    private static final Map<String, String> INDICATOR_LABELS = Map.of(
            "persen_miskin_ekstrem", "Kemiskinan ekstrem",
            "persen_miskin", "Persentase penduduk miskin",
            "prevalensi_stunting", "Prevalensi stunting");

    @Transactional
    public List<Recommendation> recommend(String regionCode, int limit) {
        Region region = Region.findById(regionCode);
        if (region == null) {
            throw ApiProblem.notFound("Region", regionCode);
        }
        List<Need> needs = needs(region);
        Set<String> needThemes = needs.stream().flatMap(n -> RegionNeeds.THEMES_BY_INDICATOR.get(n.indicator()).keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, BigDecimal> poverty = latestPovertyRates();
        List<Replication> replications = Replication.listAll();
        Set<Long> alreadyReplicated = replications.stream().filter(r -> regionCode.equals(r.adopterRegionCode))
                .map(r -> r.sourceInnovationId).collect(Collectors.toSet());
        Map<Long, List<Replication>> bySource = replications.stream().collect(Collectors.groupingBy(r -> r.sourceInnovationId));
        Similarity similarity = new Similarity(region, poverty);
        List<Innovation> candidates = candidates(region, needThemes, bySource.keySet());
        similarity.preload(candidates.stream().map(i -> i.regionCode).filter(Objects::nonNull).toList());
        List<Recommendation> ranked = new ArrayList<>();
        for (Innovation innovation : candidates) {
            if (alreadyReplicated.contains(innovation.id) || within(innovation.regionCode, regionCode)) {
                continue;
            }
            Recommendation scored = score(innovation, region, needs, bySource.getOrDefault(innovation.id, List.of()), similarity);
            if (scored != null) {
                ranked.add(scored);
            }
        }
        ranked.sort(Comparator.comparingDouble(Recommendation::score).reversed().thenComparing(Recommendation::slug));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static List<Need> needs(Region region) {
        List<RegionIndicator> national = RegionIndicator.list("regionCode is null");
        List<RegionIndicator> own = RegionIndicator.list("regionCode", region.code);
        if (own.isEmpty() && region.code.length() > 2) {
            return RegionNeeds.of("provinsi", RegionIndicator.list("regionCode", region.code.substring(0, 2)), national);
        }
        return RegionNeeds.of("daerah", own, national);
    }

    /**
     * Published innovations that could score: on a needed theme, replicated somewhere, or from the same
     * province. A large catalogue has thousands of these; the database orders them by the strongest signals
     * (replicated, on a needed theme, awards, tahapan penerapan) and only the first {@value #CANDIDATES} are
     * loaded and scored.
     */
    private List<Innovation> candidates(Region region, Set<String> needThemes, Set<Long> replicated) {
        String onTheme = "exists (select 1 from innovation_theme t where t.innovation_id = i.id and t.theme_code in (:themes))";
        List<String> any = new ArrayList<>(List.of("i.region_code like :province"));
        List<String> order = new ArrayList<>();
        if (!replicated.isEmpty()) {
            any.add("i.id in (:replicated)");
            order.add("(i.id in (:replicated)) desc");
        }
        if (!needThemes.isEmpty()) {
            any.add(onTheme);
            order.add(onTheme + " desc");
        }
        order.addAll(List.of("jsonb_array_length(i.awards) desc", "(i.tahapan = 'penerapan') desc", "i.id"));
        var query = em.createNativeQuery("select i.id from innovation i where i.status = 'published' and ("
                + String.join(" or ", any) + ") order by " + String.join(", ", order) + " limit :limit")
                .setParameter("province", region.code.substring(0, 2) + "%")
                .setParameter("limit", CANDIDATES);
        if (!replicated.isEmpty()) {
            query.setParameter("replicated", replicated);
        }
        if (!needThemes.isEmpty()) {
            query.setParameter("themes", needThemes);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Innovation.<Innovation>find("select distinct i from Innovation i left join fetch i.themes where i.id in ?1",
                ids.stream().map(Number::longValue).toList()).list();
    }

    private static Recommendation score(Innovation innovation, Region region, List<Need> needs, List<Replication> replications,
            Similarity similarity) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        List<String> alasan = new ArrayList<>();
        double score = 0;
        boolean fits = false;

        List<String> matched = new ArrayList<>();
        Map<Need, Double> weights = new LinkedHashMap<>();
        for (Need need : needs) {
            weights.put(need, innovation.themes.stream()
                    .mapToDouble(t -> RegionNeeds.THEMES_BY_INDICATOR.get(need.indicator()).getOrDefault(t, 0.0)).max().orElse(0));
        }
        // The need the innovation answers most directly is named first.
        for (Map.Entry<Need, Double> entry : weights.entrySet().stream()
                .sorted(Map.Entry.<Need, Double>comparingByValue().reversed()).toList()) {
            Need need = entry.getKey();
            if (entry.getValue() > 0) {
                score += NEED_WEIGHT * entry.getValue();
                matched.add(need.indicator());
                alasan.add(INDICATOR_LABELS.get(need.indicator()) + (need.measuredAt().equals("provinsi") ? " di provinsi daerah ini " : " di daerah ini ")
                        + percent(need.value()) + " (" + need.period() + "), di atas angka nasional " + percent(need.national()));
            }
        }
        if (!matched.isEmpty()) {
            reasons.put("need_match", matched);
            fits = true;
        }

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
            score += SIMILAR_ADOPTER_WEIGHT * Math.min(similarAdopters.size(), COUNT_CAP);
            reasons.put("similar_regions_adopted", similarAdopters.size());
            alasan.add(similarAdopters.size() + " daerah serupa sudah menerapkannya: "
                    + similarAdopters.values().stream().map(Region::displayName).collect(Collectors.joining(", ")));
            fits = true;
        }
        if (proven > 0) {
            score += PROVEN_WEIGHT * Math.min(proven, COUNT_CAP);
            reasons.put("proven_replications", proven);
            alasan.add("Sudah diterapkan atau dilembagakan oleh " + proven + " daerah/lembaga lain");
        }
        if (innovation.tahapan == Tahapan.penerapan) {
            score += PENERAPAN_BONUS;
            reasons.put("tahapan", innovation.tahapan.name());
            alasan.add("Sudah pada tahap penerapan di daerah asalnya");
        } else if (innovation.tahapan == Tahapan.uji_coba) {
            score += UJI_COBA_BONUS;
            reasons.put("tahapan", innovation.tahapan.name());
        }
        if (!innovation.awards.isEmpty()) {
            score += AWARD_WEIGHT * Math.min(innovation.awards.size(), COUNT_CAP);
            reasons.put("awards", innovation.awards.size());
            alasan.add("Meraih " + innovation.awards.size() + " penghargaan");
        }
        if (innovation.regionCode != null && innovation.regionCode.startsWith(region.code.substring(0, 2))) {
            score += SAME_PROVINCE_BONUS;
            reasons.put("same_province", true);
            alasan.add("Berasal dari provinsi yang sama, sehingga mudah untuk studi tiru");
            fits = true;
        }
        if (!fits) {
            return null;
        }
        if (innovation.runningStatus == RunningStatus.terhenti) {
            score *= STOPPED_FACTOR;
            reasons.put("terhenti", true);
            alasan.add("Catatan: di daerah asalnya inovasi ini sudah terhenti");
        }
        Region source = innovation.regionCode == null ? null : similarity.region(innovation.regionCode);
        return new Recommendation(innovation.slug, innovation.name, innovation.regionCode,
                source == null ? null : source.displayName(), List.copyOf(innovation.themes),
                innovation.tahapan == null ? null : innovation.tahapan.name(), Math.round(score * 100) / 100.0, reasons, alasan);
    }

    private static boolean within(String code, String regionCode) {
        return code != null && (code.equals(regionCode) || code.startsWith(regionCode + "."));
    }

    private static String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("id-ID"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value) + "%";
    }

    /** The latest persen_miskin of every region that has one. */
    private static Map<String, BigDecimal> latestPovertyRates() {
        Map<String, RegionIndicator> latest = new HashMap<>();
        for (RegionIndicator v : RegionIndicator.<RegionIndicator>list("indicator = ?1 and regionCode is not null", "persen_miskin")) {
            latest.merge(v.regionCode, v, (a, b) -> a.period.compareTo(b.period) >= 0 ? a : b);
        }
        Map<String, BigDecimal> rates = new HashMap<>();
        latest.forEach((code, v) -> rates.put(code, v.value));
        return rates;
    }

    /** Similar regions: at least two of same type, same province, nearby poverty rate. */
    private static final class Similarity {
        private final Region region;
        private final Map<String, BigDecimal> poverty;
        private final Map<String, Region> regions = new HashMap<>();

        Similarity(Region region, Map<String, BigDecimal> poverty) {
            this.region = region;
            this.poverty = poverty;
        }

        Region region(String code) {
            return regions.computeIfAbsent(code, c -> Region.findById(c));
        }

        /** Reads the given regions in one query instead of one each. */
        void preload(List<String> codes) {
            if (!codes.isEmpty()) {
                Region.<Region>list("code in ?1", new HashSet<>(codes)).forEach(r -> regions.put(r.code, r));
            }
        }

        boolean isSimilar(Region other) {
            if (other.code.equals(region.code)) {
                return false;
            }
            int points = 0;
            if (other.type == region.type) {
                points++;
            }
            if (other.code.substring(0, 2).equals(region.code.substring(0, 2))) {
                points++;
            }
            BigDecimal mine = poverty.get(region.code);
            BigDecimal theirs = poverty.get(other.code);
            if (mine != null && theirs != null && mine.subtract(theirs).abs().doubleValue() <= NEAR_POVERTY_POINTS) {
                points++;
            }
            return points >= 2;
        }
    }
}
