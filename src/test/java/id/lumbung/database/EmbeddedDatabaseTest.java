package id.lumbung.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded server keeps the catalogue in the data directory across restarts, runs with PostgreSQL's durable
 * settings, and comes back after it was killed. (A server left running by a killed JVM: EmbeddedFaultIT.)
 */
class EmbeddedDatabaseTest {

    private static Path newDirectory(String name) throws Exception {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-").resolve("postgres");
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void dataSurvivesARestartInTheSameDirectory() throws Exception {
        Path dir = newDirectory("restart");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir)) {
            execute(first, "create table catatan (isi text)");
            execute(first, "insert into catatan values ('tetap ada')");
        }
        assertTrue(Files.exists(dir.resolve("PG_VERSION")), "cluster files stay on disk");
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir)) {
            assertEquals("tetap ada", query(second, "select isi from catatan"));
        }
    }

    @Test
    void theServiceRunsWithDurableSettingsAndTestsMayNot() throws Exception {
        try (EmbeddedDatabase durable = EmbeddedDatabase.start(newDirectory("durable"))) {
            assertEquals("on", query(durable, "show fsync"));
            assertEquals("on", query(durable, "show synchronous_commit"));
            assertEquals("on", query(durable, "show full_page_writes"));
        }
        try (EmbeddedDatabase fast = EmbeddedDatabase.start(newDirectory("fast"), EmbeddedDatabase.Durability.FAST)) {
            assertEquals("off", query(fast, "show fsync"));
        }
    }

    @Test
    void aKilledServerIsStartedAgainOnTheSamePortWithEveryAcknowledgedWrite() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(newDirectory("killed"))) {
            execute(database, "create table catatan (nomor int)");
            for (int i = 1; i <= 50; i++) {
                execute(database, "insert into catatan values (" + i + ")");
            }
            ProcessHandle postmaster = ProcessHandle.of(database.pid()).orElseThrow();
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(p -> p.onExit().join());
            assertFalse(database.running());

            int port = database.port();
            database.restart();
            assertTrue(database.running());
            assertEquals(port, database.port());
            assertEquals("50", query(database, "select count(*) from catatan"));
        }
    }
}
