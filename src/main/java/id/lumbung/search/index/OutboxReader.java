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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the search outbox. Positions are PostgreSQL transaction ids: a window is the changes of the
 * transactions with ids in [from, xmin), where xmin is the oldest transaction still running. Every
 * transaction below xmin has finished, so a window never misses a change that commits late, which a plain
 * sequence number would.
 */
@ApplicationScoped
public class OutboxReader {

    private static final int BATCH = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndexSource source;

    /** The PostgreSQL cluster and database: transaction ids mean nothing in another one. */
    public String databaseIdentity() throws IOException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select system_identifier::text || '/' || current_database() from pg_control_system()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IOException("Cannot identify the database", e);
        }
    }

    /** The oldest running transaction: every change below it is committed (or rolled back) for good. */
    public long completedBound() throws IOException {
        return queryLong("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
    }

    /** A position past every transaction that has started so far, such as the caller's own finished write. */
    public long currentPosition() throws IOException {
        return queryLong("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
    }

    /** The changes of the window starting at {@code from}, loaded as documents to index or ids to delete. */
    public SearchIndex.Changes read(long from) throws IOException {
        long upTo = completedBound();
        if (upTo <= from) {
            return new SearchIndex.Changes(from, List.of(), List.of());
        }
        Set<Long> ids = changedIds(from, upTo);
        List<IndexedInnovation> upserts = new ArrayList<>();
        List<Long> deletions = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += BATCH) {
            IndexSource.Batch batch = source.load(all.subList(start, Math.min(all.size(), start + BATCH)));
            upserts.addAll(batch.published());
            deletions.addAll(batch.removed());
        }
        return new SearchIndex.Changes(upTo, upserts, deletions);
    }

    /** Removes rows older than the retention; every node has long applied them. */
    public int prune(Duration retention) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from search_outbox where created_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, retention.toSeconds());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Cannot prune the search outbox", e);
        }
    }

    private Set<Long> changedIds(long from, long upTo) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select distinct innovation_id from search_outbox "
                                + "where tx_id >= (?::text)::xid8 and tx_id < (?::text)::xid8")) {
            select.setLong(1, from);
            select.setLong(2, upTo);
            Set<Long> ids = new LinkedHashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IOException("Cannot read the search outbox", e);
        }
    }

    private long queryLong(String sql) throws IOException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IOException("Cannot read the database position", e);
        }
    }
}
