package id.lumbung.recommendation;

import id.lumbung.catalogue.Innovation;
import id.lumbung.common.ApiProblem;
import id.lumbung.recommendation.RegionNeeds.Need;
import id.lumbung.region.Region;
import id.lumbung.region.RegionIndicator;
import id.lumbung.replication.Replication;
import id.lumbung.replication.ReplicationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * "Program yang cocok untuk daerah ini": published innovations ranked for a region by what its indicators say
 * it needs (its own figures, else its province's, else the national priorities), what similar regions adopted
 * successfully and how strong the evidence is. {@link InnovationFit} scores each candidate.
 */
@ApplicationScoped
public class RecommendationService {

    /** How many candidates are loaded and scored at most. */
    static final int CANDIDATES = 120;
    /** The order of the strength index (V60): written exactly as the index is, so that the database can walk it. */
    private static final String STRENGTH = "jsonb_array_length(i.awards) desc, (i.tahapan = 'penerapan') desc, i.id";

    @Inject
    EntityManager em;

    @Transactional
    public Recommendation.ForRegion recommend(String regionCode, int limit) {
        Region region = Region.findById(regionCode);
        if (region == null) {
            throw ApiProblem.notFound("Region", regionCode);
        }
        List<RegionIndicator> national = RegionIndicator.list("regionCode is null");
        List<Need> needs = needs(region, national);
        if (needs.isEmpty()) {
            needs = RegionNeeds.nationalPriorities(national);
        }
        Set<String> needThemes = needs.stream().flatMap(n -> RegionNeeds.THEMES_BY_INDICATOR.get(n.indicator()).keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, BigDecimal> poverty = latestPovertyRates();
        List<Replication> replications = ReplicationService.publicReplications();
        Set<Long> alreadyReplicated = replications.stream().filter(r -> regionCode.equals(r.adopterRegionCode))
                .map(r -> r.sourceInnovationId).collect(Collectors.toSet());
        Map<Long, List<Replication>> bySource = replications.stream().collect(Collectors.groupingBy(r -> r.sourceInnovationId));
        RegionSimilarity similarity = new RegionSimilarity(region, poverty);
        List<Innovation> candidates = candidates(region, needThemes, bySource.keySet());
        similarity.preload(candidates.stream().map(i -> i.regionCode).filter(Objects::nonNull).toList());
        List<Recommendation> ranked = new ArrayList<>();
        for (Innovation innovation : candidates) {
            if (alreadyReplicated.contains(innovation.id) || within(innovation.regionCode, regionCode)) {
                continue;
            }
            Recommendation scored = InnovationFit.score(innovation, region, needs, bySource.getOrDefault(innovation.id, List.of()),
                    similarity);
            if (scored != null) {
                ranked.add(scored);
            }
        }
        ranked.sort(Comparator.comparingDouble(Recommendation::score).reversed().thenComparing(Recommendation::slug));
        Basis basis = needs.isEmpty() ? Basis.daerah : needs.getFirst().basis();
        return new Recommendation.ForRegion(regionCode, basis, List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))));
    }

    /** Needs from the region's own indicators, or its province's when it has none. */
    private static List<Need> needs(Region region, List<RegionIndicator> national) {
        List<RegionIndicator> own = RegionIndicator.list("regionCode", region.code);
        if (own.isEmpty() && region.code.length() > 2) {
            return RegionNeeds.of(Basis.provinsi, RegionIndicator.list("regionCode", region.code.substring(0, 2)), national);
        }
        return RegionNeeds.of(Basis.daerah, own, national);
    }

    /**
     * Published innovations that could score: replicated somewhere, on a needed theme, or from the same province. A
     * large catalogue has hundreds of thousands of these; only the first {@value #CANDIDATES} by the strongest signals
     * are loaded and scored: replicated ones first, then those on a needed theme, then the province's others, each
     * by strength (awards, tahapan penerapan, id). Three queries, one per group, so that the database walks the
     * strength index ({@code innovation_strength_idx}) and stops at the limit instead of sorting the catalogue
     * (decision 194).
     */
    private List<Innovation> candidates(Region region, Set<String> needThemes, Set<Long> replicated) {
        String onTheme = needThemes.isEmpty() ? "false"
                : "exists (select 1 from innovation_theme t where t.innovation_id = i.id and t.theme_code in (:themes))";
        String notReplicated = replicated.isEmpty() ? "true" : "not (i.id in (:replicated))";
        Set<Long> ids = new LinkedHashSet<>();
        if (!replicated.isEmpty()) {
            String onThemeFirst = needThemes.isEmpty() ? "" : onTheme + " desc, ";
            ids.addAll(candidateIds("i.id in (:replicated)", onThemeFirst, region, needThemes, replicated));
        }
        if (!needThemes.isEmpty() && ids.size() < CANDIDATES) {
            ids.addAll(candidateIds(onTheme + " and " + notReplicated, "", region, needThemes, replicated));
        }
        if (ids.size() < CANDIDATES) {
            ids.addAll(candidateIds("i.region_code like :province and not (" + onTheme + ") and " + notReplicated, "",
                    region, needThemes, replicated));
        }
        List<Long> first = ids.stream().limit(CANDIDATES).toList();
        if (first.isEmpty()) {
            return List.of();
        }
        return Innovation.<Innovation>find("select distinct i from Innovation i left join fetch i.themes where i.id in ?1",
                first).list();
    }

    /** The strongest published innovations matching {@code where}, in the order of the strength index. */
    private List<Long> candidateIds(String where, String orderFirst, Region region, Set<String> needThemes,
            Set<Long> replicated) {
        var query = em.createNativeQuery("select i.id from innovation i where i.status = 'published' and " + where
                + " order by " + orderFirst + STRENGTH + " limit :limit").setParameter("limit", CANDIDATES);
        if (where.contains(":province")) {
            query.setParameter("province", region.code.substring(0, 2) + "%");
        }
        if (where.contains(":replicated")) {
            query.setParameter("replicated", replicated);
        }
        if (where.contains(":themes") || orderFirst.contains(":themes")) {
            query.setParameter("themes", needThemes);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static boolean within(String code, String regionCode) {
        return code != null && (code.equals(regionCode) || code.startsWith(regionCode + "."));
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
}
