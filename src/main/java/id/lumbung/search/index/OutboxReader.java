package id.lumbung.search.index;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the search outbox in windows of finished transactions (see {@link OutboxPosition}): each window is the
 * transactions that finished between the index's snapshot and a new one, so a change that commits late is
 * never missed, and a long-running transaction holds back nothing but itself.
 */
@ApplicationScoped
public class OutboxReader {

    private static final int BATCH = 1000;
    /** Ranges of transaction ids per query; a window has one per transaction still running, rarely more than a few. */
    private static final int RANGES_PER_QUERY = 100;
    /** An outbox row as a {@link LastChange}. */
    private static final String LAST_CHANGE_COLUMNS =
            "seq, tx_id::text::bigint, (extract(epoch from created_at) * 1000000)::bigint";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndexSource source;

    /** Which PostgreSQL cluster, database and timeline transaction ids refer to. */
    public record DatabaseIdentity(String database, long timeline) {
    }

    /** A snapshot of the database, and how far the outbox has been pruned. */
    public record Window(OutboxPosition snapshot, long takenAtNanos, long prunedBelow) {
    }

    /**
     * The cluster (system identifier) and database (its oid, which a re-created database does not keep): positions
     * mean nothing in another one. The timeline changes when a backup is restored to a point in time or a replica is
     * promoted.
     */
    public DatabaseIdentity databaseIdentity() throws OutboxReadException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select (select system_identifier::text from pg_control_system()) || '/'
                               || (select oid::text from pg_database where datname = current_database()),
                               (select timeline_id from pg_control_checkpoint())""")) {
            rs.next();
            return new DatabaseIdentity(rs.getString(1), rs.getLong(2));
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot identify the database", e);
        }
    }

    /** The database's current snapshot: a rebuild starts from it. */
    public Window window() throws OutboxReadException {
        long takenAt = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select pg_current_snapshot()::text, (select pruned_below from search_outbox_horizon)")) {
            rs.next();
            return new Window(OutboxPosition.parse(rs.getString(1)), takenAt, rs.getLong(2));
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot read the database's snapshot", e);
        }
    }

    /**
     * The newest outbox row whose transaction had finished at {@code snapshot}: what a rebuild from that snapshot
     * has applied last.
     */
    public LastChange lastChangeAt(OutboxPosition snapshot) throws OutboxReadException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement newest = connection.prepareStatement("select " + LAST_CHANGE_COLUMNS
                        + " from search_outbox where tx_id < (?::text)::xid8 order by seq desc limit 100")) {
            newest.setLong(1, snapshot.xmax());
            try (ResultSet rs = newest.executeQuery()) {
                while (rs.next()) {
                    LastChange row = lastChange(rs);
                    if (snapshot.finished(row.txId())) {
                        return row;
                    }
                }
            }
            return LastChange.NONE;
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot read the search outbox", e);
        }
    }

    /**
     * Whether the database lacks the last change an index applied: it was restored from a backup or failed over to
     * a replica taken before that change. A row pruned since is not missing (everything up to it was applied).
     */
    private boolean lost(LastChange last, long prunedBelow) throws OutboxReadException {
        if (last.isNone()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement row = connection.prepareStatement(
                        "select " + LAST_CHANGE_COLUMNS + " from search_outbox where seq = ?")) {
            row.setLong(1, last.seq());
            try (ResultSet rs = row.executeQuery()) {
                if (rs.next()) {
                    return !lastChange(rs).equals(last);
                }
                return last.txId() >= prunedBelow;
            }
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot read the search outbox", e);
        }
    }

    private static LastChange lastChange(ResultSet rs) throws SQLException {
        return new LastChange(rs.getLong(1), rs.getLong(2), rs.getLong(3));
    }

    /**
     * The changes of the transactions that finished since {@code from}, loaded as documents to index or ids to
     * delete.
     *
     * @param last the newest outbox row applied so far ({@link LastChange#NONE} for none)
     * @throws IndexInconsistentException when the index cannot continue from {@code from}: the database is behind
     *                                    it, or the outbox was pruned past it
     */
    public OutboxWindow read(OutboxPosition from, LastChange last) throws IOException {
        Window window = window();
        if (from.isAheadOf(window.snapshot())) {
            throw new IndexInconsistentException(RebuildReason.database_behind, "The index has applied transactions up to "
                    + from.xmax() + " but the database is at " + window.snapshot().xmax()
                    + ": it lost commits (restored from a backup or failed over)");
        }
        // A horizon past every transaction of this database came with a restored backup of another one: no row of
        // this database was pruned by it.
        long prunedBelow = window.prunedBelow() > window.snapshot().xmax() ? 0 : window.prunedBelow();
        if (lost(last, prunedBelow)) {
            throw new IndexInconsistentException(RebuildReason.database_behind, "The database no longer holds outbox row "
                    + last.seq() + " that the index has applied: it lost commits (restored from a backup or failed over)");
        }
        if (from.missesPrunedBelow(prunedBelow)) {
            throw new IndexInconsistentException(RebuildReason.behind_horizon, "The outbox was pruned up to transaction "
                    + prunedBelow + ", past this index's position " + from.xmin());
        }
        List<long[]> ranges = from.newlyFinished(window.snapshot());
        Set<Long> ids = new LinkedHashSet<>();
        LastChange newest = LastChange.NONE;
        for (int start = 0; start < ranges.size(); start += RANGES_PER_QUERY) {
            List<long[]> part = ranges.subList(start, Math.min(ranges.size(), start + RANGES_PER_QUERY));
            Set<Long> changed = changedIds(part);
            if (!changed.isEmpty()) {
                ids.addAll(changed);
                LastChange partNewest = newestIn(part);
                newest = partNewest.seq() > newest.seq() ? partNewest : newest;
            }
        }
        List<IndexedInnovation> upserts = new ArrayList<>();
        List<Long> deletions = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += BATCH) {
            IndexSource.Batch batch;
            try {
                batch = source.load(all.subList(start, Math.min(all.size(), start + BATCH)));
            } catch (RuntimeException e) {
                throw new OutboxReadException("Cannot read changed innovations", e);
            }
            upserts.addAll(batch.published());
            deletions.addAll(batch.removed());
        }
        return new OutboxWindow(window.snapshot(), window.takenAtNanos(), newest.isNone() ? last : newest, upserts,
                deletions);
    }

    /**
     * Outbox rows of committed transactions that the index at {@code position} has not applied yet: what its next
     * window will read. Counted over the same transaction-id ranges, so a long transaction's uncommitted rows are
     * never scanned.
     */
    public long backlog(OutboxPosition position) throws OutboxReadException {
        List<long[]> ranges = position.newlyFinished(window().snapshot());
        long rows = 0;
        for (int start = 0; start < ranges.size(); start += RANGES_PER_QUERY) {
            List<long[]> part = ranges.subList(start, Math.min(ranges.size(), start + RANGES_PER_QUERY));
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement count = prepareInRanges(connection, "select count(*)", part);
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                rows += rs.getLong(1);
            } catch (SQLException e) {
                throw new OutboxReadException("Cannot count the outbox backlog", e);
            }
        }
        return rows;
    }

    /** {@code select ... from search_outbox} restricted to rows whose transaction id is in one of the ranges. */
    private static PreparedStatement prepareInRanges(Connection connection, String select, List<long[]> ranges)
            throws SQLException {
        return prepareInRanges(connection, select, ranges, "");
    }

    private static PreparedStatement prepareInRanges(Connection connection, String select, List<long[]> ranges,
            String tail) throws SQLException {
        String where = ranges.stream().map(r -> "(tx_id >= (?::text)::xid8 and tx_id < (?::text)::xid8)")
                .collect(Collectors.joining(" or "));
        PreparedStatement statement = connection.prepareStatement(select + " from search_outbox where " + where + tail);
        int parameter = 1;
        for (long[] range : ranges) {
            statement.setLong(parameter++, range[0]);
            statement.setLong(parameter++, range[1]);
        }
        return statement;
    }

    /** The newest outbox row in the ranges (a window's last change). */
    private LastChange newestIn(List<long[]> ranges) throws OutboxReadException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepareInRanges(connection, "select " + LAST_CHANGE_COLUMNS, ranges,
                        " order by seq desc limit 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next() ? lastChange(rs) : LastChange.NONE;
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot read the search outbox", e);
        }
    }

    private Set<Long> changedIds(List<long[]> ranges) throws OutboxReadException {
        if (ranges.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepareInRanges(connection, "select distinct innovation_id", ranges);
                ResultSet rs = select.executeQuery()) {
            Set<Long> ids = new LinkedHashSet<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot read the search outbox", e);
        }
    }
}
