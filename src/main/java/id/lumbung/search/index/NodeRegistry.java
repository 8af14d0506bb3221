package id.lumbung.search.index;

import id.lumbung.common.StorageConfig;
import id.lumbung.search.SearchConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The nodes that keep a search index, each with the outbox position it has applied (a heartbeat). Outbox rows are
 * pruned only when every live node has applied them and they are older than the retention; the highest pruned
 * transaction id is recorded as the horizon, and a node whose position is below it rebuilds (see
 * {@link OutboxReader#read}).
 */
@ApplicationScoped
public class NodeRegistry {

    private static final Logger LOG = Logger.getLogger(NodeRegistry.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StorageConfig storage;

    @Inject
    SearchConfig config;

    @Inject
    SearchIndex index;

    private final Instant startedAt = Instant.now();
    private volatile String nodeId;
    private volatile String host;

    /** A node as the registry has it. */
    public record Node(String nodeId, String host, long appliedXmin, Instant startedAt, Instant heartbeatAt) {
    }

    /**
     * This node's id, kept in the data directory so that a restart is the same node (a new data directory, such as
     * a container's empty volume, is a new node; the old entry expires).
     */
    public String nodeId() {
        if (nodeId == null) {
            nodeId = readOrCreateNodeId(storage.dataDir().resolve("node-id"));
        }
        return nodeId;
    }

    private static String readOrCreateNodeId(Path file) {
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String id = UUID.randomUUID().toString();
            Path temp = file.resolveSibling("node-id.tmp");
            Files.writeString(temp, id, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the node id in " + file, e);
        }
    }

    /**
     * Records this node's position: what its index has committed (nothing yet when it has none). Not what it has
     * applied since: after a crash it applies the outbox again from its last commit, so those rows must stay.
     */
    public void heartbeat() throws OutboxReadException {
        OutboxPosition position = index.serving() ? index.committedPosition() : OutboxPosition.START;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into search_node (node_id, applied_xmin, applied_snapshot, host, started_at, heartbeat_at)
                        values (?, ?, ?, ?, ?, now())
                        on conflict (node_id) do update set applied_xmin = excluded.applied_xmin,
                            applied_snapshot = excluded.applied_snapshot, host = excluded.host,
                            started_at = excluded.started_at, heartbeat_at = now()""")) {
            upsert.setString(1, nodeId());
            upsert.setLong(2, position.xmin());
            upsert.setString(3, position.toString());
            upsert.setString(4, host());
            upsert.setTimestamp(5, Timestamp.from(startedAt));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot record this node's heartbeat", e);
        }
    }

    /**
     * Deletes the outbox rows that every live node has applied and that are older than the retention, and the
     * nodes whose heartbeat expired.
     *
     * @return how many outbox rows were deleted
     */
    public int prune() throws OutboxReadException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prune = connection.prepareStatement("""
                        with live as (
                            select min(applied_xmin) horizon from search_node
                             where heartbeat_at > now() - make_interval(secs => ?)),
                        deleted as (
                            delete from search_outbox
                             where tx_id < ((select horizon from live)::text)::xid8
                               and created_at < now() - make_interval(secs => ?)
                            returning tx_id::text::bigint tx)
                        update search_outbox_horizon
                           set pruned_below = greatest(pruned_below, coalesce((select max(tx) + 1 from deleted), 0))
                        returning (select count(*) from deleted)""");
                PreparedStatement expire = connection.prepareStatement(
                        "delete from search_node where heartbeat_at < now() - make_interval(secs => ?)")) {
            prune.setDouble(1, config.nodeExpiry().toMillis() / 1000.0);
            prune.setDouble(2, config.outboxRetention().toMillis() / 1000.0);
            int deleted;
            try (ResultSet rs = prune.executeQuery()) {
                rs.next();
                deleted = rs.getInt(1);
            }
            expire.setDouble(1, config.nodeExpiry().toMillis() / 1000.0);
            int expired = expire.executeUpdate();
            if (expired > 0) {
                LOG.infof("%d search node(s) sent no heartbeat for %s and no longer hold back the outbox", expired,
                        config.nodeExpiry());
            }
            return deleted;
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot prune the search outbox", e);
        }
    }

    @Scheduled(identity = "search-outbox-prune", every = "{lumbung.search.prune-interval}",
            delayed = "{lumbung.search.prune-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPrune() {
        try {
            int deleted = prune();
            if (deleted > 0) {
                LOG.debugf("Pruned %d outbox rows", deleted);
            }
        } catch (OutboxReadException e) {
            LOG.debug("Outbox pruning failed; retrying at the next interval", e);
        }
    }

    /** The registered nodes, live or not yet expired, newest heartbeat first. */
    public List<Node> nodes() throws OutboxReadException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select node_id, host, applied_xmin, started_at, heartbeat_at from search_node"
                                + " order by heartbeat_at desc");
                ResultSet rs = select.executeQuery()) {
            List<Node> nodes = new ArrayList<>();
            while (rs.next()) {
                nodes.add(new Node(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()));
            }
            return nodes;
        } catch (SQLException e) {
            throw new OutboxReadException("Cannot list the search nodes", e);
        }
    }

    private String host() {
        if (host == null) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown";
            }
        }
        return host;
    }
}
