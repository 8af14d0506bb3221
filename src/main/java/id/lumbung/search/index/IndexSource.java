package id.lumbung.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.common.JdbcRows;
import id.lumbung.common.JdbcRows.Parameters;
import id.lumbung.common.JdbcRows.RowReader;
import id.lumbung.region.Region;
import id.lumbung.region.RegionRows;
import id.lumbung.replication.ReplicationRows;
import id.lumbung.replication.ReplicationRows.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Reads what the index needs from PostgreSQL, a batch of innovations at a time. The innovations are read with
 * one SQL query that returns only the indexed columns: loading entities would deserialise every JSON column and
 * track each row for changes (decisions 44, 185; docs/benchmarks.md, performance diary).
 */
@ApplicationScoped
public class IndexSource {

    /**
     * The indexed columns of published innovations; the condition on {@code i.id}, then what follows the order. The
     * JSON lists come as text, read here, rather than unnested per row in SQL, which is slower for the database.
     * Most innovations have neither aliases nor awards.
     */
    private static final String ROWS = """
            select i.id, i.slug, i.name, i.acronym, nullif(i.aliases, '[]'::jsonb)::text aliases,
                   i.summary, i.outcomes, i.problem, i.approach, i.goals, i.benefits, i.agency, i.legal_basis,
                   nullif(i.awards, '[]'::jsonb)::text awards, i.region_code, i.owner_name, i.level, i.tahapan,
                   i.urusan, i.year_started, i.running_status, i.name_en, i.summary_en, i.outcomes_en, i.problem_en,
                   i.approach_en, i.goals_en, i.benefits_en
              from innovation i
             where i.status = 'published' and %s
             order by i.id %s
            """;

    /** The themes of a batch of innovations, in a fixed order. */
    private static final String THEMES = """
            select t.innovation_id, t.theme_code from innovation_theme t
             where t.innovation_id = any(?)
             order by t.innovation_id, t.theme_code collate "C"
            """;

    private static final String THEME_LABELS = "select code, label from theme";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The current state of a batch of innovations: published ones to index, the rest to remove. */
    public record Batch(List<IndexedInnovation> published, Set<Long> removed) {
    }

    /** The indexed columns of one innovation row. */
    record Row(long id, String slug, String name, String acronym, List<String> aliases, String summary, String outcomes,
            String body, boolean hasAward, String regionCode, String ownerName, String level, String tahapan,
            String urusan, Integer year, String runningStatus, IndexedInnovation.English english) {
    }

    /** The given innovations as they are now: the published ones to index, the others to remove. */
    @Transactional
    public Batch load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Batch(List.of(), Set.of());
        }
        List<Row> rows = rows("i.id = any(?)", "", JdbcRows.array("bigint", ids));
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

    /**
     * Runs a query in the current transaction's connection, reading each row. A batch's rows and its look-ups all go
     * through plain SQL with one array parameter rather than entity queries with a thousand bound parameters each
     * (decision 54).
     */
    private void query(String sql, Parameters parameters, RowReader reader) {
        em.unwrap(Session.class).doWork(connection -> JdbcRows.forEach(connection, sql, parameters, reader));
    }

    /** A read of another feature's rows over the current transaction's connection. */
    private <T> T read(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    private List<Row> rows(String condition, String suffix, Parameters parameters) {
        List<Row> rows = new ArrayList<>();
        query(ROWS.formatted(condition, suffix), parameters, rs -> rows.add(row(rs)));
        return rows;
    }

    /** The theme codes of each of the given innovations. */
    private Map<Long, List<String>> themes(List<Long> ids) {
        Map<Long, List<String>> themes = new HashMap<>();
        query(THEMES, JdbcRows.array("bigint", ids),
                rs -> themes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)));
        return themes;
    }

    private Map<String, String> themeLabels() {
        Map<String, String> labels = new HashMap<>();
        query(THEME_LABELS, Parameters.NONE, rs -> labels.put(rs.getString(1), rs.getString(2)));
        return labels;
    }

    private Row row(ResultSet rs) throws SQLException {
        String awards = rs.getString("awards");
        List<String> awardNames = texts(awards, award -> award.path("name"));
        String body = Stream.concat(Stream.of(rs.getString("problem"), rs.getString("approach"), rs.getString("goals"),
                        rs.getString("benefits"), rs.getString("agency"), rs.getString("legal_basis")),
                        Stream.of(awardNames.isEmpty() ? null : String.join(". ", awardNames)))
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("acronym"),
                texts(rs.getString("aliases"), alias -> alias), rs.getString("summary"),
                rs.getString("outcomes"), body, awards != null, rs.getString("region_code"),
                rs.getString("owner_name"), rs.getString("level"), rs.getString("tahapan"), rs.getString("urusan"),
                rs.getObject("year_started", Integer.class), rs.getString("running_status"), english(rs));
    }

    private static IndexedInnovation.English english(ResultSet rs) throws SQLException {
        String body = Stream.of(rs.getString("problem_en"), rs.getString("approach_en"), rs.getString("goals_en"),
                rs.getString("benefits_en")).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        IndexedInnovation.English english = new IndexedInnovation.English(rs.getString("name_en"), rs.getString("summary_en"),
                rs.getString("outcomes_en"), body.isEmpty() ? null : body);
        return english.equals(IndexedInnovation.English.NONE) ? IndexedInnovation.English.NONE : english;
    }

    /** The texts a JSON list column holds, one taken from each element; elements without one are left out. */
    private List<String> texts(String list, UnaryOperator<JsonNode> text) throws SQLException {
        if (list == null) {
            return List.of();
        }
        try {
            List<String> texts = new ArrayList<>();
            for (JsonNode element : json.readTree(list)) {
                String value = text.apply(element).textValue();
                if (value != null) {
                    texts.add(value);
                }
            }
            return texts;
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable JSON list in the innovation table: " + e.getOriginalMessage(), e);
        }
    }

    private List<IndexedInnovation> toIndexed(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> themeLabels = themeLabels();
        Map<String, Region> regions = regionsWithAncestors(rows);
        Map<String, List<String>> aliases = aliases(regions.keySet());
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> themes = themes(ids);
        Map<Long, Tally> stats = read(connection -> ReplicationRows.tallies(connection, ids));
        List<IndexedInnovation> indexed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            indexed.add(toIndexed(row, themes.getOrDefault(row.id(), List.of()), regions, aliases, themeLabels,
                    stats.getOrDefault(row.id(), Tally.NONE)));
        }
        return indexed;
    }

    private static IndexedInnovation toIndexed(Row i, List<String> themes, Map<String, Region> regions, Map<String, List<String>> aliases,
            Map<String, String> themeLabels, Tally stats) {
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
                themes, themes.stream().map(t -> themeLabels.getOrDefault(t, t)).toList(), i.level(), i.tahapan(),
                i.urusan(), i.year(), i.hasAward(), stats.count(), stats.proven(),
                stats.furthest() == null ? null : stats.furthest().name(), i.runningStatus(), i.english());
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
        return read(connection -> RegionRows.byCodes(connection, codes));
    }

    private Map<String, List<String>> aliases(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return read(connection -> RegionRows.aliases(connection, codes));
    }
}
