package id.lumbung.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a cluster test runs: Debian's PostgreSQL 15, app nodes of the packaged service on it, HAProxy in front, all
 * real processes under {@code target/cluster-it/}, all stopped at the end.
 */
public final class Cluster implements AutoCloseable {

    private final Path root;
    private final ExternalPostgres postgres;
    private final List<ServiceNode> nodes = new ArrayList<>();
    private LoadBalancer balancer;

    private Cluster(Path root, ExternalPostgres postgres) {
        this.root = root;
        this.postgres = postgres;
    }

    public static Cluster create(String name) throws IOException, InterruptedException, SQLException {
        if (!ExternalPostgres.installed() || !LoadBalancer.installed()) {
            throw new IllegalStateException("The cluster tests need Debian's postgresql and haproxy packages "
                    + "(.ci/run installs them: apt-get install postgresql haproxy)");
        }
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster-it").toAbsolutePath()),
                name + "-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return new Cluster(root, ExternalPostgres.create(root));
    }

    public Path root() {
        return root;
    }

    public ExternalPostgres postgres() {
        return postgres;
    }

    /** A node on the cluster's database with short intervals, so the registry's effects show within seconds. */
    public ServiceNode node(String name) {
        ServiceNode node = new ServiceNode(name, root.resolve(name))
                .database(postgres.jdbcUrl(), ExternalPostgres.USER, ExternalPostgres.PASSWORD)
                .with("LUMBUNG_SEARCH_HEARTBEAT_INTERVAL", "1s")
                .with("LUMBUNG_SEARCH_PRUNE_INTERVAL", "2s")
                .with("LUMBUNG_SEARCH_OUTBOX_RETENTION", "1s")
                .with("LUMBUNG_SEARCH_NODE_EXPIRY", "8s")
                .with("LUMBUNG_DATABASE_RETRY_INTERVAL", "500ms");
        nodes.add(node);
        return node;
    }

    public List<ServiceNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public LoadBalancer balance(List<ServiceNode> members) throws IOException, InterruptedException {
        balancer = LoadBalancer.start(root.resolve("haproxy"), members);
        return balancer;
    }

    /** What a node says about its readiness, for a failure message. */
    private static String readiness(ServiceNode node) {
        try {
            return node.name() + " " + node.http().get("/q/health/ready").body();
        } catch (Exception e) {
            return node.name() + " does not answer: " + e;
        }
    }

    /** Published innovations in PostgreSQL: what every node's index must hold. */
    public long publishedInDatabase() throws SQLException {
        return postgres.queryLong("select count(*) from innovation where status = 'published'");
    }

    /**
     * Waits until the condition holds on every node and returns how long that took.
     *
     * @throws AssertionError when it does not hold on all within the timeout
     */
    public static long awaitOnEach(List<ServiceNode> on, Duration timeout, NodeCondition condition) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<ServiceNode> pending = new ArrayList<>(on);
        while (!pending.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext();) {
                if (condition.holds(it.next())) {
                    it.remove();
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached on " + pending.stream().map(ServiceNode::name).toList() + " within "
                        + timeout + "; their readiness: " + pending.stream().map(Cluster::readiness).toList());
            }
            Thread.sleep(20); // gently: every check is a search the nodes must answer on the same two cores
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Something to check on one node. */
    @FunctionalInterface
    public interface NodeCondition {
        boolean holds(ServiceNode node) throws Exception;
    }

    /** Percentile of milliseconds, nearest rank. */
    public static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
        }
        for (ServiceNode node : nodes) {
            try {
                node.signal("CONT");
            } catch (Exception e) {
                // not stopped, or not running
            }
            node.close();
        }
        postgres.close();
    }
}
