package id.lumbung.testing;

import id.lumbung.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 for the tests: the embedded server in a fresh directory under target/, or the
 * external database named by QUARKUS_DATASOURCE_JDBC_URL when one is configured.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String dataDir = directory.resolve("data").toString();
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank() && externalAllowed()) {
            return Map.of("lumbung.storage.data-dir", dataDir);
        }
        // Test data need not survive a crash: without fsync the write-heavy test classes ran about 10 % faster
        // (decision 75). The service's durable settings are tested by EmbeddedFaultIT.
        database = EmbeddedDatabase.start(directory.resolve("postgres"), EmbeddedDatabase.Durability.FAST);
        started(database);
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "",
                "lumbung.storage.data-dir", dataDir);
    }

    /** Whether a configured external database may stand in for the embedded one. */
    protected boolean externalAllowed() {
        return true;
    }

    /** Called with the embedded server once it runs. */
    protected void started(EmbeddedDatabase database) {
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        deleteRecursively(directory);
    }

    static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftovers under target/ are removed by the next clean
        }
    }
}
