package id.lumbung.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 server (zonky binaries) whose files live in a directory of our choosing, so the
 * catalogue survives restarts. Used when no external database is configured, and by the tests.
 *
 * <p>The server runs detached from the JVM: a JVM killed with SIGKILL leaves it running, so a start first stops
 * the server still running on the same directory. It keeps its port for its whole life, so the service's
 * connection pool finds it again after {@link #restart()}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "lumbung";
    public static final String USER = "postgres";
    private static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    /** Crash recovery after a kill replays the write-ahead log before the server accepts connections. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static volatile EmbeddedDatabase launched;

    /** How the server writes. */
    public enum Durability {
        /**
         * PostgreSQL's own defaults: a commit returns once its write-ahead log is flushed to disk (fsync and
         * synchronous_commit on), so an acknowledged write survives a crash of the server or the machine.
         */
        DURABLE,
        /** fsync and synchronous_commit off (zonky's defaults): a crash loses recent commits. For tests only. */
        FAST
    }

    private final Path directory;
    private final Durability durability;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile Postmaster postmaster;
    private volatile boolean closed;

    private EmbeddedDatabase(Path directory, Durability durability, int port) {
        this.directory = directory;
        this.durability = durability;
        this.port = port;
    }

    /** Starts a durable server whose cluster lives in {@code dataDirectory}; an existing cluster is reused as it is. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, Durability.DURABLE);
    }

    public static EmbeddedDatabase start(Path dataDirectory, Durability durability) {
        EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory.toAbsolutePath(), durability, freePort());
        database.launch();
        database.createDatabaseIfMissing();
        return database;
    }

    /**
     * Starts the embedded server and points Quarkus at it, unless the operator configured a database.
     *
     * @return the running server, or {@code null} when an external database is configured
     */
    public static EmbeddedDatabase startUnlessExternalConfigured(Path dataDir) {
        if (isSet(System.getProperty(JDBC_URL_PROPERTY)) || isSet(System.getenv(JDBC_URL_ENV))) {
            LOG.info("Using the configured external PostgreSQL; no embedded database started");
            return null;
        }
        EmbeddedDatabase database = start(dataDir.resolve("postgres"));
        System.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("Embedded PostgreSQL started with its data in %s", dataDir.toAbsolutePath());
        launched = database;
        return database;
    }

    /** The server this process started for the service (not the tests'), which {@code EmbeddedDatabaseWatch} watches. */
    public static Optional<EmbeddedDatabase> launched() {
        return Optional.ofNullable(launched);
    }

    private void launch() {
        Postmaster.of(directory).ifPresent(orphan -> {
            LOG.warnf("PostgreSQL (pid %d) is still running on %s, left by a process that did not stop; stopping it",
                    orphan.pid(), directory);
            orphan.stop();
        });
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("encoding", "UTF8")
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setRegisterShutdownHook(false);
            if (durability == Durability.DURABLE) {
                // zonky passes -F (fsync off) and synchronous_commit=off; these come later and win.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            postgres = builder.start();
            postmaster = Postmaster.of(directory)
                    .orElseThrow(() -> new IOException("PostgreSQL started but left no postmaster.pid in " + directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER;
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** Whether the server process is alive. */
    public boolean running() {
        Postmaster current = postmaster;
        return current != null && current.alive();
    }

    /** The server's process id (for fault tests that kill it). */
    public long pid() {
        return postmaster.pid();
    }

    /** Whether {@link #close()} was called: the server is stopped for good. */
    public boolean closed() {
        return closed;
    }

    /** Starts the server again on the same directory and port, after it died or was stopped. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("The embedded database was closed");
        }
        release();
        Postmaster.awaitShutdownOfChildren(directory, Duration.ofSeconds(30));
        launch();
    }

    /** Stops the server; {@link #restart()} starts it again. */
    public synchronized void stop() {
        release();
        Postmaster.of(directory).ifPresent(Postmaster::stop);
    }

    /** Stops the server for good; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
    }

    /** zonky's handle: its close stops the server (pg_ctl stop -m fast) if it runs, and releases the directory lock. */
    private void release() {
        EmbeddedPostgres handle = postgres;
        postgres = null;
        postmaster = null;
        if (handle != null) {
            try {
                handle.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
