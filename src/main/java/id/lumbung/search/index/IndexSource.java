package id.lumbung.search.index;

import id.lumbung.catalogue.Innovation;
import id.lumbung.catalogue.InnovationParts.Award;
import id.lumbung.catalogue.Theme;
import id.lumbung.region.Region;
import id.lumbung.region.RegionAlias;
import id.lumbung.replication.ReplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads what the index needs from PostgreSQL, a batch of innovations at a time. */
@ApplicationScoped
public class IndexSource {

    @Inject
    EntityManager em;

    /** The current state of a batch of innovations: published ones to index, the rest to remove. */
    public record Batch(List<IndexedInnovation> published, Set<Long> removed) {
    }

    @Transactional
    public Batch load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Batch(List.of(), Set.of());
        }
        List<Innovation> innovations = em.createQuery(
                "select distinct i from Innovation i left join fetch i.themes where i.id in :ids and i.status = 'published'",
                Innovation.class).setParameter("ids", ids).getResultList();
        Set<Long> removed = new HashSet<>(ids);
        innovations.forEach(i -> removed.remove(i.id));
        return new Batch(toIndexed(innovations), removed);
    }

    /** Ids of published innovations after {@code afterId}, in id order: the full rebuild pages through them. */
    @Transactional
    public List<Long> publishedIds(long afterId, int limit) {
        return em.createQuery("select i.id from Innovation i where i.status = 'published' and i.id > :after order by i.id",
                Long.class).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    private List<IndexedInnovation> toIndexed(List<Innovation> innovations) {
        Map<String, String> themeLabels = Theme.<Theme>streamAll().collect(Collectors.toMap(t -> t.code, t -> t.label));
        Map<String, Region> regions = regionsWithAncestors(innovations);
        Map<String, List<String>> aliases = aliases(regions.keySet());
        Map<Long, ReplicationStats> stats = replicationStats(innovations.stream().map(i -> i.id).toList());
        List<IndexedInnovation> indexed = new ArrayList<>(innovations.size());
        for (Innovation i : innovations) {
            indexed.add(toIndexed(i, regions, aliases, themeLabels, stats.getOrDefault(i.id, ReplicationStats.NONE)));
        }
        return indexed;
    }

    private static IndexedInnovation toIndexed(Innovation i, Map<String, Region> regions, Map<String, List<String>> aliases,
            Map<String, String> themeLabels, ReplicationStats stats) {
        Region region = i.regionCode == null ? null : regions.get(i.regionCode);
        List<String> regionCodes = new ArrayList<>();
        Set<String> regionTexts = new LinkedHashSet<>();
        if (region != null) {
            regionCodes.addAll(region.ancestorCodes());
            regionCodes.add(region.code);
            for (String code : regionCodes) {
                Region r = regions.get(code);
                if (r != null) {
                    regionTexts.add(r.displayName());
                    regionTexts.addAll(aliases.getOrDefault(code, List.of()));
                }
            }
        } else if (i.ownerName != null) {
            regionTexts.add(i.ownerName);
        }
        Region province = region == null ? null : regions.get(region.provinceCode());
        List<String> themes = i.themes.stream().sorted().toList();
        String body = Stream.of(i.problem, i.approach, i.goals, i.benefits, i.agency, i.legalBasis,
                        i.awards.stream().map(Award::name).collect(Collectors.joining(". ")))
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        return new IndexedInnovation(i.id, i.slug, i.name, i.acronym, List.copyOf(i.aliases), i.summary, i.outcomes, body,
                i.regionCode, region == null ? i.ownerName : region.displayName(), List.copyOf(regionTexts), regionCodes,
                province == null ? null : province.code, province == null ? null : province.displayName(), themes,
                themes.stream().map(t -> themeLabels.getOrDefault(t, t)).toList(), i.level.name(),
                i.tahapan == null ? null : i.tahapan.name(), i.urusan, i.yearStarted, !i.awards.isEmpty(),
                stats.count(), stats.proven(), stats.best() == null ? null : stats.best().name(), i.runningStatus.name());
    }

    private Map<String, Region> regionsWithAncestors(List<Innovation> innovations) {
        Set<String> codes = new HashSet<>();
        for (Innovation i : innovations) {
            if (i.regionCode != null) {
                codes.add(i.regionCode);
                int dot = i.regionCode.indexOf('.');
                while (dot > 0) {
                    codes.add(i.regionCode.substring(0, dot));
                    dot = i.regionCode.indexOf('.', dot + 1);
                }
            }
        }
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Region r where r.code in :codes", Region.class).setParameter("codes", codes)
                .getResultStream().collect(Collectors.toMap(r -> r.code, r -> r));
    }

    private Map<String, List<String>> aliases(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> byCode = new HashMap<>();
        em.createQuery("from RegionAlias a where a.regionCode in :codes and a.kind <> 'varian'", RegionAlias.class)
                .setParameter("codes", codes).getResultStream()
                .forEach(a -> byCode.computeIfAbsent(a.regionCode, k -> new ArrayList<>()).add(a.alias));
        return byCode;
    }

    record ReplicationStats(int count, int proven, ReplicationStatus best) {
        static final ReplicationStats NONE = new ReplicationStats(0, 0, null);
    }

    private Map<Long, ReplicationStats> replicationStats(List<Long> ids) {
        Map<Long, ReplicationStats> stats = new HashMap<>();
        List<Object[]> rows = em.createQuery("select r.sourceInnovationId, r.status, count(r) from Replication r "
                + "where r.sourceInnovationId in :ids group by r.sourceInnovationId, r.status", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            ReplicationStatus status = (ReplicationStatus) row[1];
            int count = ((Long) row[2]).intValue();
            boolean proven = status == ReplicationStatus.diterapkan || status == ReplicationStatus.dilembagakan;
            ReplicationStats current = stats.getOrDefault(id, ReplicationStats.NONE);
            ReplicationStatus best = status == ReplicationStatus.dihentikan ? current.best()
                    : current.best() == null || status.ordinal() > current.best().ordinal() ? status : current.best();
            stats.put(id, new ReplicationStats(current.count() + count, current.proven() + (proven ? count : 0), best));
        }
        return stats;
    }
}
