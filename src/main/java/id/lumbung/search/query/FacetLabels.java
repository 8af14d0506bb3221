package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.FACET_PROVINCE;
import static id.lumbung.search.index.SearchFields.FACET_THEME;

import id.lumbung.common.BackgroundExecutor;
import id.lumbung.common.BackgroundTask;
import id.lumbung.region.Region;
import id.lumbung.region.RegionType;
import id.lumbung.search.query.SearchResult.FacetValue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Human names for facet values that are codes (themes, provinces). Loaded from PostgreSQL at start and kept:
 * searches must keep answering when the database is away and never wait for it, so a missing label falls back to
 * the code.
 */
@ApplicationScoped
public class FacetLabels {

    private static final Logger LOG = Logger.getLogger(FacetLabels.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackgroundExecutor executor;

    private volatile Map<String, Map<String, String>> labels;
    private final BackgroundTask reload = new BackgroundTask("loading the facet labels", this::loadNow);

    /** The most frequent values of a dimension, with their names, most frequent first. */
    List<FacetValue> values(String dim, Map<String, Integer> counts, int top) {
        Map<String, String> forDim = labels().getOrDefault(dim, Map.of());
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> values.add(new FacetValue(value, forDim.getOrDefault(value, value), count)));
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
        return values.size() > top ? List.copyOf(values.subList(0, top)) : values;
    }

    /** Loaded when the service starts, so a search never waits for the database. */
    void onStart(@Observes StartupEvent event) {
        loadNow();
    }

    private Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> loaded = labels;
        if (loaded == null) {
            // The database was away at start: codes stand in for names until a load in the background succeeds.
            reload.request(executor);
            return Map.of();
        }
        return loaded;
    }

    private void loadNow() {
        Map<String, Map<String, String>> loaded = load();
        if (!loaded.isEmpty()) {
            labels = loaded;
        }
    }

    private Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> byDim = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            byDim.put(FACET_THEME, read(statement, "select code, label from theme"));
            Map<String, String> provinces = new HashMap<>();
            read(statement, "select code, name from region where type = 'provinsi'").forEach((code, name) ->
                    provinces.put(code, Region.displayName(RegionType.provinsi, code, name)));
            byDim.put(FACET_PROVINCE, provinces);
        } catch (SQLException e) {
            LOG.warn("Cannot load the names of facet values; codes stand in until a later load succeeds: " + e);
            return Map.of();
        }
        return byDim;
    }

    private static Map<String, String> read(Statement statement, String sql) throws SQLException {
        Map<String, String> map = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        }
        return map;
    }
}
