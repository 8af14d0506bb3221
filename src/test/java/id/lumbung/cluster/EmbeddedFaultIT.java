package id.lumbung.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The default installation (the packaged service with its embedded PostgreSQL) under real faults: kill -9 of the
 * JVM and of the database server at random moments and right after acknowledged writes. Nothing acknowledged is
 * lost, an import is all or nothing, the index equals the database afterwards, and every restart succeeds the first
 * time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedFaultIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static final int IMPORT_LINES = 2000;
    private static ServiceNode node;
    private static long importMillis;

    @BeforeAll
    static void start() throws Exception {
        Path parent = Files.createDirectories(Path.of("target", "fault-it").toAbsolutePath());
        Path root = Files.createTempDirectory(parent, "embedded-");
        node = new ServiceNode("embedded", root.resolve("data")).start().awaitReady(START);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Order(1)
    void theEmbeddedServerRunsWithPostgresDurableSettings() throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
        long start = System.nanoTime();
        assertEquals(200, importBatch(TestEntries.newToken(), IMPORT_LINES).status());
        importMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[faults] embedded PostgreSQL: fsync, synchronous_commit, full_page_writes on; a %d-line import"
                + " takes %d ms%n", IMPORT_LINES, importMillis);
    }

    @Test
    @Order(2)
    void killingTheJvmDuringAnImportIsAllOrNothingAndTheFirstRestartSucceeds() throws Exception {
        Random random = new Random(19);
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            String batch = TestEntries.newToken();
            long delay = (long) (importMillis * (0.2 + 1.4 * random.nextDouble()));
            CompletableFuture<Http.Response> answer = CompletableFuture.supplyAsync(() -> importBatch(batch, IMPORT_LINES));
            Thread.sleep(delay);
            node.kill9();
            boolean acknowledged = answered200(answer);
            node.start().awaitReady(START);
            assertTrue(node.logOfLastStart().contains("is still running on"), "the orphaned PostgreSQL was found");
            long rows = countInDatabase(batch);
            assertTrue(rows == 0 || rows == IMPORT_LINES, "all or nothing: " + rows);
            if (acknowledged) {
                assertEquals(IMPORT_LINES, rows, "an acknowledged import is complete");
            }
            assertIndexEqualsDatabase(batch, rows);
            rounds.add(String.format("killed after %d ms: %s", delay, rows == 0 ? "nothing" : "all " + rows + " lines"));
        }
        System.out.println("[faults] kill -9 of the JVM during a " + IMPORT_LINES + "-line import, then a restart (first"
                + " attempt each time), index = database: " + rounds);
    }

    @Test
    @Order(3)
    void killingPostgresDuringAnImportIsAllOrNothingAndTheServiceRecoversByItself() throws Exception {
        String batch = TestEntries.newToken();
        CompletableFuture<Http.Response> answer = CompletableFuture.supplyAsync(() -> importBatch(batch, IMPORT_LINES));
        Thread.sleep(importMillis / 2);
        long killed = System.nanoTime();
        killPostgres();
        boolean acknowledged = answered200(answer);
        awaitWritable();
        long recovered = (System.nanoTime() - killed) / 1_000_000;
        long rows = countInDatabase(batch);
        assertTrue(rows == 0 || rows == IMPORT_LINES, "all or nothing: " + rows);
        if (acknowledged) {
            assertEquals(IMPORT_LINES, rows, "an acknowledged import is complete");
        }
        assertIndexEqualsDatabase(batch, rows);
        assertTrue(node.log().contains("The embedded PostgreSQL runs again"));
        System.out.printf("[faults] kill -9 of PostgreSQL during an import: %s; the service restarted it and took writes"
                + " again after %d ms%n", rows == 0 ? "nothing imported, the client got an error" : "all imported",
                recovered);
    }

    @Test
    @Order(4)
    void acknowledgedWritesSurviveKillingPostgresRightAfter() throws Exception {
        List<String> written = writeSingles(30);
        killPostgres();
        awaitWritable();
        assertAllPresentAndSearchable(written);

        String batch = TestEntries.newToken();
        assertEquals(200, importBatch(batch, 5000).status());
        killPostgres();
        awaitWritable();
        assertEquals(5000, countInDatabase(batch));
        assertIndexEqualsDatabase(batch, 5000);
        System.out.println("[faults] kill -9 of PostgreSQL right after 30 acknowledged writes and after an acknowledged"
                + " 5000-line import: all there after the automatic restart");
    }

    @Test
    @Order(5)
    void acknowledgedWritesSurviveKillingTheJvmRightAfter() throws Exception {
        List<String> written = writeSingles(30);
        node.kill9();
        node.start().awaitReady(START);
        assertAllPresentAndSearchable(written);
        System.out.println("[faults] kill -9 of the JVM right after 30 acknowledged writes: all there after the restart");
    }

    private static Http.Response importBatch(String batch, int lines) {
        try {
            return node.admin().post("/api/v1/innovations/import?allow_duplicates=true", "application/x-ndjson",
                    TestEntries.ndjson(batch, lines));
        } catch (Exception e) {
            return new Http.Response(-1, e.toString(), null);
        }
    }

    private static boolean answered200(CompletableFuture<Http.Response> answer) {
        return answer.join().status() == 200;
    }

    private static List<String> writeSingles(int count) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = TestEntries.newToken();
            Http.Response created = node.admin().createPublished(token, false);
            assertEquals(201, created.status(), created.body());
            tokens.add(token);
        }
        return tokens;
    }

    private static void assertAllPresentAndSearchable(List<String> tokens) throws Exception {
        for (String token : tokens) {
            assertEquals(200, node.http().get("/api/v1/innovations/" + TestEntries.slug(token)).status(), token);
            Cluster.awaitOnEach(List.of(node), Duration.ofSeconds(20),
                    n -> n.http().finds(token));
        }
    }

    /** The index holds exactly the batch's rows, and as many published innovations as the database. */
    private static void assertIndexEqualsDatabase(String batch, long rows) throws Exception {
        Cluster.awaitOnEach(List.of(node), Duration.ofSeconds(30), n -> n.http().searchTotal(batch) == rows
                && n.http().searchTotal("") == publishedInDatabase());
    }

    /** Waits until a write succeeds again (the watch restarted PostgreSQL, the pool reconnected). */
    private static void awaitWritable() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (node.admin().createPublished(TestEntries.newToken(), false).status() != 201) {
            assertTrue(System.nanoTime() < deadline, "no write succeeded after PostgreSQL was killed: " + node.logTail(30));
            Thread.sleep(100);
        }
    }

    /** SIGKILL to the embedded server and every process of it at once. */
    private static void killPostgres() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(node.dataDir().resolve("postgres/postmaster.pid")).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
        processes.add(postmaster);
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(p -> p.onExit().join());
    }

    private static long countInDatabase(String batch) throws SQLException {
        return queryLong("select count(*) from innovation where summary like '%impor " + batch + ".%'");
    }

    private static long publishedInDatabase() throws SQLException {
        return queryLong("select count(*) from innovation where status = 'published'");
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The embedded server, at the port its lock file names. */
    private static Connection database() throws SQLException {
        try {
            List<String> lockFile = Files.readAllLines(node.dataDir().resolve("postgres/postmaster.pid"));
            int port = Integer.parseInt(lockFile.get(3).strip());
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/lumbung?user=postgres");
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }
}
