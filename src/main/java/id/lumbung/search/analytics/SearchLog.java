package id.lumbung.search.analytics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * Counts searches and result clicks per week and normalised query, in memory, and adds the counts to PostgreSQL
 * every half minute: a search never waits for the database, and nothing about who searched is ever held, not even in
 * memory. Counts not yet written when a node dies are lost; they are statistics, not acknowledged data.
 */
@ApplicationScoped
public class SearchLog {

    private static final Logger LOG = Logger.getLogger(SearchLog.class);

    /** Counts of one normalised query in one week. */
    record QueryWeek(LocalDate week, String query) {
    }

    /** Clicks on one result of one normalised query in one week. */
    record ClickWeek(LocalDate week, String query, String slug) {
    }

    record Counts(LongAdder searches, LongAdder zeroResults) {
        Counts() {
            this(new LongAdder(), new LongAdder());
        }
    }

    private static final String ADD_SEARCHES = """
            insert into search_query_week (week, query, searches, zero_results) values (?, ?, ?, ?)
            on conflict (week, query) do update set searches = search_query_week.searches + excluded.searches,
                zero_results = search_query_week.zero_results + excluded.zero_results
            """;

    private static final String ADD_CLICKS = """
            insert into search_click_week (week, query, slug, clicks) values (?, ?, ?, ?)
            on conflict (week, query, slug) do update set clicks = search_click_week.clicks + excluded.clicks
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AnalyticsConfig config;

    Clock clock = Clock.systemDefaultZone();

    private volatile Map<QueryWeek, Counts> searches = new ConcurrentHashMap<>();
    private volatile Map<ClickWeek, LongAdder> clicks = new ConcurrentHashMap<>();
    private LocalDate lastPruned;

    /**
     * A first page of results for a query: counted, and counted as failed when it found nothing, neither an innovation
     * nor a region it names (a region with no innovation yet is an answer: its profile; no synonym rule is wanted).
     */
    public void searched(String query, boolean foundSomething) {
        String normalized = config.enabled() ? QueryNormalizer.normalize(query) : null;
        if (normalized == null) {
            return;
        }
        Counts counts = searches.computeIfAbsent(new QueryWeek(week(), normalized), key -> new Counts());
        counts.searches().increment();
        if (!foundSomething) {
            counts.zeroResults().increment();
        }
    }

    /** A result followed from the results of a query. */
    public void clicked(String query, String slug) {
        String normalized = config.enabled() ? QueryNormalizer.normalize(query) : null;
        if (normalized != null) {
            clicks.computeIfAbsent(new ClickWeek(week(), normalized, slug), key -> new LongAdder()).increment();
        }
    }

    /** The Monday of the current ISO week. */
    LocalDate week() {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Adds what was counted since the last flush to the database; kept for the next flush if the database is away. */
    @Scheduled(every = "${lumbung.search.analytics.flush-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        Map<QueryWeek, Counts> pendingSearches = searches;
        Map<ClickWeek, LongAdder> pendingClicks = clicks;
        if (pendingSearches.isEmpty() && pendingClicks.isEmpty()) {
            return;
        }
        searches = new ConcurrentHashMap<>();
        clicks = new ConcurrentHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            write(connection, pendingSearches, pendingClicks);
            prune(connection);
            connection.commit();
        } catch (SQLException e) {
            LOG.warn("Search analytics not written this time; kept for the next flush: " + e);
            pendingSearches.forEach((key, counts) -> {
                Counts kept = searches.computeIfAbsent(key, k -> new Counts());
                kept.searches().add(counts.searches().sum());
                kept.zeroResults().add(counts.zeroResults().sum());
            });
            pendingClicks.forEach((key, count) -> clicks.computeIfAbsent(key, k -> new LongAdder()).add(count.sum()));
        }
    }

    private static void write(Connection connection, Map<QueryWeek, Counts> searches, Map<ClickWeek, LongAdder> clicks)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADD_SEARCHES)) {
            for (Map.Entry<QueryWeek, Counts> entry : searches.entrySet()) {
                statement.setDate(1, Date.valueOf(entry.getKey().week()));
                statement.setString(2, entry.getKey().query());
                statement.setLong(3, entry.getValue().searches().sum());
                statement.setLong(4, entry.getValue().zeroResults().sum());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(ADD_CLICKS)) {
            for (Map.Entry<ClickWeek, LongAdder> entry : clicks.entrySet()) {
                statement.setDate(1, Date.valueOf(entry.getKey().week()));
                statement.setString(2, entry.getKey().query());
                statement.setString(3, entry.getKey().slug());
                statement.setLong(4, entry.getValue().sum());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Weeks older than the retention are deleted, at most once a day. */
    private void prune(Connection connection) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(lastPruned)) {
            return;
        }
        Date oldest = Date.valueOf(week().minusWeeks(config.retentionWeeks()));
        for (String table : new String[] {"search_query_week", "search_click_week"}) {
            try (PreparedStatement statement = connection.prepareStatement("delete from " + table + " where week < ?")) {
                statement.setDate(1, oldest);
                statement.executeUpdate();
            }
        }
        lastPruned = today;
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }
}
