package id.lumbung.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The first thing a node does at start, before anything else reads the database: wait until PostgreSQL can be
 * reached (a node started before its database comes up by itself once the database does), then, holding a
 * cluster-wide advisory lock, migrate the schema and do the once-per-database work ({@link FirstStartWork}). Nodes
 * started together on an empty database thus take turns: one migrates and loads, the others wait and find it done.
 */
@ApplicationScoped
public class DatabaseStartup {

    /** Session-level advisory lock of the first-start work ("lumbung" in ASCII). */
    static final long FIRST_START_LOCK = 0x6c756d62756e67L;
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);
    private static final Duration REPEAT_LOG = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Flyway flyway;

    @Inject
    DatabaseConfig config;

    @Inject
    Event<FirstStartWork> firstStartWork;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        long start = System.nanoTime();
        long lastLogged = 0;
        while (true) {
            try {
                prepare();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!DatabaseErrors.unreachable(e)) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (config.startWait().isPresent() && waited.compareTo(config.startWait().get()) >= 0) {
                    throw new IllegalStateException("PostgreSQL at " + where() + " could not be reached for "
                            + waited.toSeconds() + " s (lumbung.database.start-wait); giving up", e);
                }
                if (lastLogged == 0 || System.nanoTime() - lastLogged >= REPEAT_LOG.toNanos()) {
                    LOG.warnf("PostgreSQL at %s cannot be reached (%s); waiting for it, retrying every %s (waited %d s, %s)",
                            where(), rootMessage(e), config.retryInterval(), waited.toSeconds(),
                            config.startWait().map(w -> "giving up after " + w).orElse("no time limit"));
                    lastLogged = System.nanoTime();
                }
                sleep(config.retryInterval());
            }
        }
    }

    private void prepare() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!firstStartLock(connection, "pg_try_advisory_lock(?)")) {
                LOG.info("Another node is migrating the database or loading first-start data; waiting for it");
                firstStartLock(connection, "pg_advisory_lock(?) is null");
            }
            try {
                flyway.migrate();
                firstStartWork.fire(new FirstStartWork());
            } finally {
                firstStartLock(connection, "pg_advisory_unlock(?)");
            }
        }
    }

    /** Runs an advisory-lock function on the first-start lock; the lock belongs to this connection's session. */
    private static boolean firstStartLock(Connection connection, String call) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + call)) {
            statement.setLong(1, FIRST_START_LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The database's address without the query string, which may hold credentials. */
    private String where() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
