package id.lumbung.search.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The abbreviations the published innovations define in their own texts (see {@link AbbreviationFinder}), as synonym
 * rules. Read incrementally: each vocabulary rebuild reads only the innovations changed since the previous one (with a
 * margin for transactions that committed late), so a rebuild after a write does not read the whole catalogue; once an
 * hour it starts over, which drops definitions whose text was changed or unpublished.
 */
final class CatalogueAbbreviations {

    private static final Duration LATE_COMMIT_MARGIN = Duration.ofMinutes(5);
    private static final Duration FULL_RESCAN = Duration.ofHours(1);

    private static final String CHANGED_TEXTS = """
            select updated_at, concat_ws(E'\\n', name, summary, outcomes, problem, approach, goals, benefits)
              from innovation
             where status = 'published' and updated_at > ?
               and concat_ws(' ', name, summary, outcomes, problem, approach, goals, benefits) like '%(%'
            """;

    private final Set<String> rules = new TreeSet<>();
    private Instant readUpTo = Instant.EPOCH;
    private Instant lastFullScan = Instant.EPOCH;

    /** The rules defined in the published texts, reading what changed since the last call. */
    synchronized List<String> definedIn(Connection connection) throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastFullScan, now).compareTo(FULL_RESCAN) > 0) {
            rules.clear();
            readUpTo = Instant.EPOCH;
            lastFullScan = now;
        }
        Instant from = readUpTo.equals(Instant.EPOCH) ? Instant.EPOCH : readUpTo.minus(LATE_COMMIT_MARGIN);
        Instant latest = readUpTo;
        try (PreparedStatement statement = connection.prepareStatement(CHANGED_TEXTS)) {
            statement.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Instant updated = rs.getTimestamp(1).toInstant();
                    latest = updated.isAfter(latest) ? updated : latest;
                    rules.addAll(AbbreviationFinder.rules(rs.getString(2)));
                }
            }
        }
        readUpTo = latest;
        return List.copyOf(rules);
    }
}
