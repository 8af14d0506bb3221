package id.lumbung.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 server (zonky binaries) whose files live in a directory of our choosing, so the
 * catalogue survives restarts. Used when no external database is configured, and by the tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "lumbung";
    public static final String USER = "postgres";
    private static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = postgres.getJdbcUrl(USER, DATABASE);
    }

    /**
     * Starts a server whose cluster lives in {@code dataDirectory}; an existing cluster is reused as it is.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
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
        EmbeddedDatabase database = start(dataDir.resolve("postgres").toAbsolutePath());
        System.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("Embedded PostgreSQL started with its data in %s", dataDir.toAbsolutePath());
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the server; a second call does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
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

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
