package id.lumbung.replication;

import id.lumbung.common.JdbcRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Bulk reads of replications over plain JDBC, for readers that take a thousand innovations at once (a rebuild's
 * batches). What counts as proven and which stage is furthest stays {@link ReplicationStatus}'s rule.
 */
public final class ReplicationRows {

    /** How often an innovation was replicated, how often that was proven, and the furthest stage any reached. */
    public record Tally(int count, int proven, ReplicationStatus furthest) {
        public static final Tally NONE = new Tally(0, 0, null);

        Tally plus(ReplicationStatus status, int replications) {
            return new Tally(count + replications, proven + (status.isProven() ? replications : 0),
                    ReplicationStatus.furthest(furthest, status));
        }
    }

    /** Counts what the public sees: the view of ReplicationVisibility (published replications of published innovations). */
    private static final String BY_SOURCE = """
            select source_innovation_id, status, count(*) from public_replication
             where source_innovation_id = any(?) group by source_innovation_id, status
            """;

    private ReplicationRows() {
    }

    /** The tally of each of the given innovations that was replicated at all, by innovation id. */
    public static Map<Long, Tally> tallies(Connection connection, Collection<Long> innovationIds) throws SQLException {
        Map<Long, Tally> tallies = new HashMap<>();
        JdbcRows.forEach(connection, BY_SOURCE, JdbcRows.array("bigint", innovationIds), rs -> {
            long id = rs.getLong(1);
            tallies.put(id, tallies.getOrDefault(id, Tally.NONE)
                    .plus(ReplicationStatus.valueOf(rs.getString(2)), rs.getInt(3)));
        });
        return tallies;
    }
}
