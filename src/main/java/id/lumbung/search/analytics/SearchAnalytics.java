package id.lumbung.search.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What curators learn from the searches of the last weeks: the most frequent queries, the queries that found nothing,
 * those whose results nobody opened, over the period and for each week, with each week's totals. Read from the weekly counts of {@link SearchLog}.
 */
@ApplicationScoped
public class SearchAnalytics {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchLog log;

    /** One query over the period: how often it was searched, how often it found nothing, how many results were opened. */
    public record QueryCount(String query, long searches, long zeroResults, long clicks) {
    }

    /** One week (its Monday): its totals and its own lists. */
    public record WeekCount(LocalDate week, long searches, long zeroResults, long clicks, List<QueryCount> topQueries,
            List<QueryCount> zeroResultQueries, List<QueryCount> noClickQueries) {
    }

    /** The report: the period's first and last week, and its lists. */
    @Schema(name = "SearchAnalyticsReport")
    public record Report(LocalDate fromWeek, LocalDate toWeek, List<QueryCount> topQueries, List<QueryCount> zeroResultQueries,
            List<QueryCount> noClickQueries, List<WeekCount> weeks) {
    }

    private static final String PER_QUERY = """
            select q.query, sum(q.searches), sum(q.zero_results), coalesce(sum(c.clicks), 0)
              from search_query_week q
              left join (select week, query, sum(clicks) clicks from search_click_week where week >= ? group by week, query) c
                on c.week = q.week and c.query = q.query
             where q.week >= ?
             group by q.query
            having %s
             order by %s, q.query
             limit ?
            """;

    private static final String PER_WEEK = """
            select q.week, sum(q.searches), sum(q.zero_results),
                   coalesce((select sum(c.clicks) from search_click_week c where c.week = q.week), 0)
              from search_query_week q
             where q.week >= ?
             group by q.week
             order by q.week
            """;

    /** Each week's queries that make its lists, with their rank in each list (the same orders as over the period). */
    private static final String PER_WEEK_QUERY = """
            with counted as (
                select q.week, q.query, q.searches, q.zero_results, coalesce(c.clicks, 0) clicks
                  from search_query_week q
                  left join (select week, query, sum(clicks) clicks from search_click_week where week >= ? group by week, query) c
                    on c.week = q.week and c.query = q.query
                 where q.week >= ?),
            ranked as (
                select counted.*,
                       row_number() over (partition by week order by searches desc, query) top_rank,
                       row_number() over (partition by week order by zero_results desc, searches desc, query) zero_rank,
                       row_number() over (partition by week order by (searches > zero_results and clicks = 0) desc,
                                          searches - zero_results desc, query) no_click_rank
                  from counted)
            select week, query, searches, zero_results, clicks, top_rank, zero_rank, no_click_rank
              from ranked
             where top_rank <= ? or (zero_results > 0 and zero_rank <= ?)
                or (searches > zero_results and clicks = 0 and no_click_rank <= ?)
            """;

    /** The last {@code weeks} weeks (this one included), each list at most {@code limit} long. */
    public Report report(int weeks, int limit) {
        log.flush();
        LocalDate to = log.week();
        LocalDate from = to.minusWeeks(weeks - 1L);
        try (Connection connection = dataSource.getConnection()) {
            return new Report(from, to,
                    queries(connection, from, "true", "sum(q.searches) desc", limit),
                    queries(connection, from, "sum(q.zero_results) > 0", "sum(q.zero_results) desc, sum(q.searches) desc", limit),
                    queries(connection, from, "sum(q.searches) > sum(q.zero_results) and coalesce(sum(c.clicks), 0) = 0",
                            "sum(q.searches) - sum(q.zero_results) desc", limit),
                    weeks(connection, from, limit));
        } catch (SQLException e) {
            throw new IllegalStateException("Search analytics could not be read: " + e.getMessage(), e);
        }
    }

    private static List<QueryCount> queries(Connection connection, LocalDate from, String having, String order, int limit)
            throws SQLException {
        List<QueryCount> counts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PER_QUERY.formatted(having, order))) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(from));
            statement.setInt(3, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.add(new QueryCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return counts;
    }

    private static List<WeekCount> weeks(Connection connection, LocalDate from, int limit) throws SQLException {
        Map<LocalDate, WeekLists> lists = weekLists(connection, from, limit);
        List<WeekCount> counts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PER_WEEK)) {
            statement.setDate(1, Date.valueOf(from));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    LocalDate week = rs.getDate(1).toLocalDate();
                    WeekLists own = lists.getOrDefault(week, new WeekLists());
                    counts.add(new WeekCount(week, rs.getLong(2), rs.getLong(3), rs.getLong(4), List.copyOf(own.top().values()),
                            List.copyOf(own.zero().values()), List.copyOf(own.noClick().values())));
                }
            }
        }
        return counts;
    }

    private static Map<LocalDate, WeekLists> weekLists(Connection connection, LocalDate from, int limit) throws SQLException {
        Map<LocalDate, WeekLists> lists = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(PER_WEEK_QUERY)) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(from));
            statement.setInt(3, limit);
            statement.setInt(4, limit);
            statement.setInt(5, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    QueryCount count = new QueryCount(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                    WeekLists week = lists.computeIfAbsent(rs.getDate(1).toLocalDate(), w -> new WeekLists());
                    if (rs.getInt(6) <= limit) {
                        week.top().put(rs.getInt(6), count);
                    }
                    if (count.zeroResults() > 0 && rs.getInt(7) <= limit) {
                        week.zero().put(rs.getInt(7), count);
                    }
                    if (count.searches() > count.zeroResults() && count.clicks() == 0 && rs.getInt(8) <= limit) {
                        week.noClick().put(rs.getInt(8), count);
                    }
                }
            }
        }
        return lists;
    }

    /** One week's lists while they are read, each by rank. */
    private record WeekLists(TreeMap<Integer, QueryCount> top, TreeMap<Integer, QueryCount> zero,
            TreeMap<Integer, QueryCount> noClick) {
        WeekLists() {
            this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }
}
