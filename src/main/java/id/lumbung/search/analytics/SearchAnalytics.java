package id.lumbung.search.analytics;

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
import java.util.List;

/**
 * What curators learn from the searches of the last weeks: the most frequent queries, the queries that found nothing,
 * those whose results nobody opened, and the totals per week. Read from the weekly counts of {@link SearchLog}.
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

    /** The totals of one week (its Monday). */
    public record WeekCount(LocalDate week, long searches, long zeroResults, long clicks) {
    }

    /** The report: the period's first and last week, and its lists. */
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
                    weeks(connection, from));
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

    private static List<WeekCount> weeks(Connection connection, LocalDate from) throws SQLException {
        List<WeekCount> counts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PER_WEEK)) {
            statement.setDate(1, Date.valueOf(from));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.add(new WeekCount(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return counts;
    }
}
