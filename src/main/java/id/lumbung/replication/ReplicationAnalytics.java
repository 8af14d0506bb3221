package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.region.Region;
import io.quarkus.panache.common.Parameters;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Figures about replication as a whole: the funnel, who replicates most, how long adoption takes, what share
 * is institutionalised, and how many replications have stalled. Anonymous callers count the replications they
 * may see ({@link ReplicationVisibility}).
 */
@ApplicationScoped
public class ReplicationAnalytics {

    static final int TOP = 10;
    /** Key of adopters that are not Indonesian regions (ministries, foreign governments) in per-province counts. */
    static final String NOT_A_REGION = "lainnya";
    static final String UNKNOWN_YEAR = "tidak_diketahui";

    @Inject
    ReplicationConfig config;

    @Inject
    ReplicationPresenter presenter;

    /**
     * Per stage: {@code current} counts replications now at the stage; {@code reached} counts those that got at
     * least that far (a skipped stage counts as passed; stopped ones count for the stages they passed).
     */
    public record Funnel(long total, Map<ReplicationStatus, Long> current, Map<ReplicationStatus, Long> reached) {
    }

    public record InnovationCount(String slug, String name, String regionCode, long replications, long proven, String nameEn) {
    }

    public record RegionCount(String regionCode, String name, long replications) {
    }

    /** Days from the first dated step to the first dated {@code diterapkan}; {@code sample} replications had both. */
    public record MedianDays(Double days, int sample) {
    }

    public record Summary(Funnel funnel, Map<String, Funnel> byTheme, Map<String, Funnel> byProvince,
            Map<String, Funnel> byYear, List<InnovationCount> mostReplicated, List<RegionCount> topSourceRegions,
            List<RegionCount> topAdopterRegions, MedianDays medianDaysToDiterapkan, double shareDilembagakan,
            long stalled, long stalledAfterDays) {
    }

    /** Narrows the figures to the replications of innovations from a region (and below it) or on a theme. */
    public record Scope(String sourceRegion, String theme) {
        public static final Scope ALL = new Scope(null, null);
    }

    @Transactional
    public Summary summary(Caller caller, Scope scope) {
        List<Replication> all = visible(caller, scope);
        Map<Long, Innovation> sources = new HashMap<>();
        for (Replication r : all) {
            sources.computeIfAbsent(r.sourceInnovationId, id -> Innovation.findById(id));
        }
        Map<String, List<Replication>> byTheme = new TreeMap<>();
        for (Replication r : all) {
            for (String theme : sources.get(r.sourceInnovationId).themes) {
                byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(r);
            }
        }
        long institutionalised = all.stream()
                .filter(r -> r.history.stream().anyMatch(c -> c.status == ReplicationStatus.dilembagakan)).count();
        return new Summary(funnel(all), funnels(byTheme),
                funnels(group(all, r -> r.adopterRegionCode == null ? NOT_A_REGION : r.adopterRegionCode.substring(0, 2))),
                funnels(group(all, r -> r.year == null ? UNKNOWN_YEAR : r.year.toString())),
                mostReplicated(all, sources), topSources(all, sources), topAdopters(all), medianDaysToDiterapkan(all),
                all.isEmpty() ? 0 : (double) institutionalised / all.size(), stalled(all, LocalDate.now()).size(),
                config.stalledAfter().toDays());
    }

    public record StalledReplication(long daysSinceLastStep, ReplicationView replication) {
    }

    /**
     * The stalled replications, and the {@code undated} ones: still under way, but their latest step has neither a
     * date nor a year, so whether they stalled cannot be told (curators should add the date).
     */
    public record StalledList(long stalledAfterDays, List<StalledReplication> items, List<ReplicationView> undated) {
    }

    /**
     * Replications short of dilembagakan (and not stopped) whose latest step is older than the configured period
     * (a year-only step counts from the end of its year).
     */
    @Transactional
    public StalledList stalled(Caller caller, Scope scope, LocalDate today) {
        List<Replication> visible = visible(caller, scope);
        List<StalledReplication> items = stalled(visible, today).stream()
                .map(r -> new StalledReplication(ChronoUnit.DAYS.between(r.knownSince(), today), presenter.view(r, caller)))
                .toList();
        List<ReplicationView> undated = visible.stream().filter(r -> underWay(r) && r.knownSince() == null)
                .map(r -> presenter.view(r, caller)).toList();
        return new StalledList(config.stalledAfter().toDays(), items, undated);
    }

    private List<Replication> stalled(List<Replication> all, LocalDate today) {
        LocalDate cutoff = today.minusDays(config.stalledAfter().toDays());
        return all.stream()
                .filter(r -> underWay(r) && r.knownSince() != null && r.knownSince().isBefore(cutoff))
                .sorted(Comparator.comparing(Replication::knownSince).thenComparing(r -> r.id)).toList();
    }

    private static boolean underWay(Replication r) {
        return r.status.isActive() && r.status != ReplicationStatus.dilembagakan;
    }

    private static List<Replication> visible(Caller caller, Scope scope) {
        StringBuilder where = new StringBuilder("select i.id from Innovation i where 1 = 1");
        Parameters params = new Parameters();
        if (scope.sourceRegion() != null) {
            where.append(" and (i.regionCode = :region or i.regionCode like :below)");
            params.and("region", scope.sourceRegion()).and("below", scope.sourceRegion() + ".%");
        }
        if (scope.theme() != null) {
            where.append(" and :theme member of i.themes");
            params.and("theme", scope.theme());
        }
        return Replication.list(ReplicationVisibility.jpql(caller) + " and sourceInnovationId in (" + where + ") order by id", params);
    }

    static Funnel funnel(List<Replication> replications) {
        Map<ReplicationStatus, Long> current = new EnumMap<>(ReplicationStatus.class);
        Map<ReplicationStatus, Long> reached = new EnumMap<>(ReplicationStatus.class);
        for (ReplicationStatus s : ReplicationStatus.values()) {
            current.put(s, 0L);
            if (s.isActive()) {
                reached.put(s, 0L);
            }
        }
        for (Replication r : replications) {
            current.merge(r.status, 1L, Long::sum);
            ReplicationStatus furthest = reachedStage(r);
            if (furthest != null) {
                for (ReplicationStatus s : reached.keySet()) {
                    if (furthest.reached(s)) {
                        reached.merge(s, 1L, Long::sum);
                    }
                }
            }
        }
        return new Funnel(replications.size(), current, reached);
    }

    /** The furthest active stage in the history (a restart after a stop does not undo what was reached). */
    private static ReplicationStatus reachedStage(Replication r) {
        return r.history.stream().map(c -> c.status).filter(ReplicationStatus::isActive)
                .max(Comparator.naturalOrder()).orElse(r.status.isActive() ? r.status : null);
    }

    private static Map<String, List<Replication>> group(List<Replication> all, Function<Replication, String> key) {
        return all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static Map<String, Funnel> funnels(Map<String, List<Replication>> groups) {
        Map<String, Funnel> funnels = new TreeMap<>();
        groups.forEach((key, list) -> funnels.put(key, funnel(list)));
        return funnels;
    }

    private static List<InnovationCount> mostReplicated(List<Replication> all, Map<Long, Innovation> sources) {
        Map<Long, List<Replication>> bySource = all.stream().collect(Collectors.groupingBy(r -> r.sourceInnovationId));
        return bySource.entrySet().stream()
                .map(e -> {
                    Innovation i = sources.get(e.getKey());
                    return new InnovationCount(i.slug, i.name, i.regionCode, e.getValue().size(),
                            e.getValue().stream().filter(r -> r.status.isProven()).count(), i.nameEn);
                })
                .sorted(Comparator.comparingLong(InnovationCount::replications).reversed()
                        .thenComparing(Comparator.comparingLong(InnovationCount::proven).reversed())
                        .thenComparing(InnovationCount::slug))
                .limit(TOP).toList();
    }

    private static List<RegionCount> topSources(List<Replication> all, Map<Long, Innovation> sources) {
        return top(all.stream().map(r -> sources.get(r.sourceInnovationId).regionCode).filter(Objects::nonNull).toList());
    }

    private static List<RegionCount> topAdopters(List<Replication> all) {
        return top(all.stream().map(r -> r.adopterRegionCode).filter(Objects::nonNull).toList());
    }

    private static List<RegionCount> top(List<String> regionCodes) {
        Map<String, Long> counts = regionCodes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> {
                    Region region = Region.findById(e.getKey());
                    return new RegionCount(e.getKey(), region == null ? null : region.displayName(), e.getValue());
                }).toList();
    }

    static MedianDays medianDaysToDiterapkan(List<Replication> all) {
        List<Long> days = new ArrayList<>();
        for (Replication r : all) {
            LocalDate start = r.history.stream().map(c -> c.occurredOn).filter(Objects::nonNull).findFirst().orElse(null);
            LocalDate implemented = r.history.stream().filter(c -> c.status == ReplicationStatus.diterapkan)
                    .map(c -> c.occurredOn).filter(Objects::nonNull).findFirst().orElse(null);
            if (start != null && implemented != null && r.history.getFirst().status != ReplicationStatus.diterapkan) {
                days.add(ChronoUnit.DAYS.between(start, implemented));
            }
        }
        if (days.isEmpty()) {
            return new MedianDays(null, 0);
        }
        days.sort(Long::compare);
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
        return new MedianDays(median, n);
    }
}
