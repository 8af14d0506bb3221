package id.lumbung.search.index;

import id.lumbung.catalogue.Theme;
import id.lumbung.region.Region;
import id.lumbung.region.RegionAlias;
import id.lumbung.replication.ReplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.hibernate.Session;

/**
 * Reads what the index needs from PostgreSQL, a batch of innovations at a time. The innovations are read with
 * one SQL query that returns only the indexed columns (lists aggregated by the database): loading entities
 * would deserialise every JSON column and track each row for changes, which cost a quarter of a full rebuild.
 */
@ApplicationScoped
public class IndexSource {

    /** The indexed columns of published innovations; the condition on {@code i.id}, then what follows the order. */
    private static final String ROWS = """
            select i.id, i.slug, i.name, i.acronym, array(select jsonb_array_elements_text(i.aliases)) aliases,
                   i.summary, i.outcomes, i.problem, i.approach, i.goals, i.benefits, i.agency, i.legal_basis,
                   (select string_agg(a ->> 'name', '. ' order by n)
                      from jsonb_array_elements(i.awards) with ordinality x(a, n)) award_names,
                   jsonb_array_length(i.awards) > 0 has_award, i.region_code, i.owner_name, i.level, i.tahapan,
                   i.urusan, i.year_started, i.running_status,
                   array(select t.theme_code from innovation_theme t where t.innovation_id = i.id
                         order by t.theme_code collate "C") themes
              from innovation i
             where i.status = 'published' and %s
             order by i.id %s
            """;

    @Inject
    EntityManager em;

    /** The current state of a batch of innovations: published ones to index, the rest to remove. */
    public record Batch(List<IndexedInnovation> published, Set<Long> removed) {
    }

    /** The indexed columns of one innovation row. */
    record Row(long id, String slug, String name, String acronym, List<String> aliases, String summary, String outcomes,
            String body, boolean hasAward, String regionCode, String ownerName, String level, String tahapan,
            String urusan, Integer year, String runningStatus, List<String> themes) {
    }

    /** The given innovations as they are now: the published ones to index, the others to remove. */
    @Transactional
    public Batch load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Batch(List.of(), Set.of());
        }
        List<Row> rows = rows("i.id = any(?)", "", statement -> {
            Array array = statement.getConnection().createArrayOf("bigint", ids.toArray());
            statement.setArray(1, array);
        });
        Set<Long> removed = new HashSet<>(ids);
        rows.forEach(row -> removed.remove(row.id()));
        return new Batch(toIndexed(rows), removed);
    }

    /** Up to {@code limit} published innovations after {@code afterId} in id order: a full rebuild pages through them. */
    @Transactional
    public List<IndexedInnovation> publishedAfter(long afterId, int limit) {
        return toIndexed(rows("i.id > ?", "limit ?", statement -> {
            statement.setLong(1, afterId);
            statement.setInt(2, limit);
        }));
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<Row> rows(String condition, String suffix, Parameters parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ROWS.formatted(condition, suffix))) {
                parameters.set(statement);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        String body = Stream.of(rs.getString("problem"), rs.getString("approach"), rs.getString("goals"),
                        rs.getString("benefits"), rs.getString("agency"), rs.getString("legal_basis"), rs.getString("award_names"))
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("acronym"),
                strings(rs.getArray("aliases")), rs.getString("summary"), rs.getString("outcomes"), body,
                rs.getBoolean("has_award"), rs.getString("region_code"), rs.getString("owner_name"), rs.getString("level"),
                rs.getString("tahapan"), rs.getString("urusan"), rs.getObject("year_started", Integer.class),
                rs.getString("running_status"), strings(rs.getArray("themes")));
    }

    /** A text array without nulls (a JSON null in a list becomes one). */
    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Stream.of((String[]) array.getArray()).filter(Objects::nonNull).toList();
    }

    private List<IndexedInnovation> toIndexed(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> themeLabels = Theme.<Theme>streamAll().collect(Collectors.toMap(t -> t.code, t -> t.label));
        Map<String, Region> regions = regionsWithAncestors(rows);
        Map<String, List<String>> aliases = aliases(regions.keySet());
        Map<Long, ReplicationStats> stats = replicationStats(rows.stream().map(Row::id).toList());
        List<IndexedInnovation> indexed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            indexed.add(toIndexed(row, regions, aliases, themeLabels, stats.getOrDefault(row.id(), ReplicationStats.NONE)));
        }
        return indexed;
    }

    private static IndexedInnovation toIndexed(Row i, Map<String, Region> regions, Map<String, List<String>> aliases,
            Map<String, String> themeLabels, ReplicationStats stats) {
        Region region = i.regionCode() == null ? null : regions.get(i.regionCode());
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
        } else if (i.ownerName() != null) {
            regionTexts.add(i.ownerName());
        }
        Region province = region == null ? null : regions.get(region.provinceCode());
        return new IndexedInnovation(i.id(), i.slug(), i.name(), i.acronym(), i.aliases(), i.summary(), i.outcomes(),
                i.body(), i.regionCode(), region == null ? i.ownerName() : region.displayName(), List.copyOf(regionTexts),
                regionCodes, province == null ? null : province.code, province == null ? null : province.displayName(),
                i.themes(), i.themes().stream().map(t -> themeLabels.getOrDefault(t, t)).toList(), i.level(), i.tahapan(),
                i.urusan(), i.year(), i.hasAward(), stats.count(), stats.proven(),
                stats.best() == null ? null : stats.best().name(), i.runningStatus());
    }

    private Map<String, Region> regionsWithAncestors(List<Row> rows) {
        Set<String> codes = new HashSet<>();
        for (Row row : rows) {
            String code = row.regionCode();
            if (code != null) {
                codes.add(code);
                int dot = code.indexOf('.');
                while (dot > 0) {
                    codes.add(code.substring(0, dot));
                    dot = code.indexOf('.', dot + 1);
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
