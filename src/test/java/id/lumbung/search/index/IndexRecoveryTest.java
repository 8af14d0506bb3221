package id.lumbung.search.index;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** The index recovers from losing its files, from damaged files, from a writer that fails, and from a crash. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IndexRecoveryTest {

    @Inject
    SearchIndex index;

    @Inject
    OutboxIndexer indexer;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    AgroalDataSource dataSource;

    /** Every innovation this class published (each says zzpulih): what a recovered index must find, no more. */
    private static final Set<String> PUBLISHED = ConcurrentHashMap.newKeySet();

    private static Innovations publishedAndIndexed() {
        Innovations innovation = anInnovation().withStatus("published")
                .with("summary", "Program zzpulih untuk uji pemulihan indeks.");
        Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201).header("Lumbung-Indexed", "true");
        PUBLISHED.add(innovation.slug());
        assertEquals(PUBLISHED, found());
        return innovation;
    }

    /** Published (a 201: durable in PostgreSQL) without waiting for the index. */
    private static Innovations published(String summary) {
        Innovations innovation = anInnovation().withStatus("published").with("summary", summary);
        Api.admin().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        PUBLISHED.add(innovation.slug());
        return innovation;
    }

    /** The innovations a search for zzpulih finds, all on one page. */
    private static Set<String> found() {
        JsonPath result = Api.anonymous().queryParam("q", "zzpulih").queryParam("limit", 100).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        List<String> slugs = result.getList("hits.slug", String.class);
        assertEquals(result.getInt("total"), slugs.size(), "one page holds every hit");
        return Set.copyOf(slugs);
    }

    private static boolean searchable(String slug) {
        return found().contains(slug);
    }

    private static Set<String> without(Set<String> slugs, String slug) {
        Set<String> rest = new HashSet<>(slugs);
        rest.remove(slug);
        return rest;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(50);
        }
    }

    private static void awaitSearchable(String slug) throws InterruptedException {
        await(slug + " did not become searchable", () -> searchable(slug));
    }

    private static int readiness() {
        return Api.anonymous().get("/q/health/ready").statusCode();
    }

    private OutboxPosition lastCommitted() throws IOException {
        try (FSDirectory directory = FSDirectory.open(currentGeneration()); DirectoryReader reader = DirectoryReader.open(directory)) {
            return IndexCommit.read(reader.getIndexCommit().getUserData()).position();
        }
    }

    private Path currentGeneration() throws IOException {
        return index.root().resolve(Files.readString(index.root().resolve("CURRENT"), StandardCharsets.UTF_8).strip());
    }

    @Test
    void aDeletedIndexDirectoryIsRebuiltFromPostgres() throws Exception {
        Innovations innovation = publishedAndIndexed();
        int before = index.documentCount();
        indexer.stop();
        index.closeCurrent();
        IndexGeneration.deleteRecursively(index.root());
        assertTrue(Files.notExists(index.root()));

        indexer.start(); // what the next start of the service does
        awaitSearchable(innovation.slug());
        assertEquals(PUBLISHED, found(), "everything published is found again, and nothing else");
        assertEquals(before, index.documentCount());
        assertEquals(IndexState.ready, index.state());
    }

    @Test
    void anInterruptedIndexerResumesFromItsLastCommit() throws Exception {
        publishedAndIndexed();
        indexer.pause(true);
        try {
            Innovations missed = published("Program zzpulih yang tertunda.");
            Api.anonymous().get("/api/v1/innovations/" + missed.slug()).then().statusCode(200).body("status", equalTo("published"));
            Thread.sleep(500);
            assertEquals(without(PUBLISHED, missed.slug()), found(), "the paused indexer has not applied it, only it");

            // The position of the last commit on disk: the applied position can be ahead of it (a window without
            // changes moves it without a commit), and a crash keeps only what was committed.
            OutboxPosition committed = lastCommitted();
            index.reopenFromLastCommit(); // a crash: what was not committed is gone
            assertEquals(committed, index.position());
            indexer.pause(false);
            awaitSearchable(missed.slug());
            assertEquals(PUBLISHED, found());
        } finally {
            indexer.pause(false);
        }
    }

    @Test
    void aDatabaseThatLostWhatTheIndexAppliedIsNoticedThoughItsTransactionIdsWentOn() throws Exception {
        await("an earlier rebuild is still running", () -> !rebuilder.running());
        Innovations lost = publishedAndIndexed();
        // What a restore from a backup taken before the publication leaves once the restored database has used as
        // many transaction ids again: the innovation and its outbox rows are gone, the transaction ids went on.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long id;
            try (PreparedStatement delete = connection.prepareStatement("delete from innovation where slug = ? returning id")) {
                delete.setString(1, lost.slug());
                try (ResultSet rs = delete.executeQuery()) {
                    assertTrue(rs.next());
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from search_outbox where innovation_id = ?")) {
                delete.setLong(1, id);
                assertTrue(delete.executeUpdate() >= 2, "the publication's row and the deletion's");
            }
            connection.commit();
        }
        PUBLISHED.remove(lost.slug());
        await(lost.slug() + " stayed searchable", () -> !searchable(lost.slug()));
        assertEquals(PUBLISHED, found(), "the rebuilt index finds what the database holds, no more");
        Api.anonymous().get("/api/v1/search/index").then().statusCode(200)
                .body("rebuild.reason", equalTo("database_behind"));
    }

    @Test
    void anOnlineRebuildSwapsInAFreshIndexWhileSearchesContinue() throws Exception {
        Innovations innovation = publishedAndIndexed();
        await("an earlier rebuild is still running", () -> !rebuilder.running());
        Path before = currentGeneration();
        Api.admin().post("/api/v1/search/index/rebuild").then().statusCode(202).body("rebuild.reason", equalTo("requested"));
        assertEquals(PUBLISHED, found(), "searches during the rebuild find everything");
        await("the rebuild did not finish", () -> !rebuilder.running() && index.state() == IndexState.ready);
        assertFalse(currentGeneration().equals(before), "a new generation is current");
        assertTrue(Files.notExists(before), "the old generation is deleted");
        assertTrue(PUBLISHED.contains(innovation.slug()));
        assertEquals(PUBLISHED, found(), "the fresh generation finds everything");
    }

    @Test
    void aDamagedIndexAnswers503UntilARebuildReplacesIt() throws Exception {
        Innovations innovation = publishedAndIndexed();
        await("an earlier rebuild is still running", () -> !rebuilder.running());
        indexer.pause(true); // no rebuild starts meanwhile, so the damaged index can be observed
        try {
            Path damaged = currentGeneration();
            try (Stream<Path> files = Files.list(damaged)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                        && !f.getFileName().toString().equals("write.lock")).toList()) {
                    flipLastByte(file); // the checksum in the file's footer no longer matches
                }
            }
            // A read that fails while a query is built (a term look-up) is checked as a failed search is.
            assertThrows(IndexUnavailableException.class, () -> index.withSearcher(searcher -> {
                throw new UncheckedIOException(new IOException("a term look-up failed"));
            }));
            assertFalse(index.checkIntegrity());
            Api.anonymous().queryParam("q", "zzpulih").get("/api/v1/search").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", equalTo("https://lumbung.id/problems/search-unavailable"));
            assertEquals(503, readiness());
        } finally {
            indexer.pause(false);
        }
        awaitSearchable(innovation.slug());
        assertEquals(PUBLISHED, found(), "the rebuilt index finds everything");
        await("not ready after the rebuild", () -> readiness() == 200);
        Api.anonymous().get("/api/v1/search/index").then().statusCode(200).body("rebuild.reason", equalTo("corrupt"));
    }

    @Test
    void anIndexThatCannotBeWrittenTurnsReadinessDownAndIsRebuilt() throws Exception {
        publishedAndIndexed();
        await("an earlier rebuild is still running", () -> !rebuilder.running());
        Path generation = currentGeneration();
        Files.move(generation, generation.resolveSibling(generation.getFileName() + "-moved"));
        Files.writeString(generation, "a file where the index directory was: the writer cannot create files");
        Innovations next = published("Program zzpulih setelah kegagalan.");

        await("readiness stayed up while the index could not be written", () -> readiness() == 503);
        // Searches go on from the last sound state: everything published before (next, too, once rebuilt).
        assertEquals(without(PUBLISHED, next.slug()), without(found(), next.slug()));
        awaitSearchable(next.slug()); // rebuilt after lumbung.search.write-failure-rebuild-after (2 s in tests)
        assertEquals(PUBLISHED, found());
        await("not ready after the rebuild", () -> readiness() == 200);
        assertFalse(Files.exists(generation), "the broken generation is gone");
    }

    private static void flipLastByte(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            long position = channel.size() - 1;
            channel.read(last, position);
            last.put(0, (byte) (last.get(0) ^ 0x5a)).rewind();
            channel.write(last, position);
        }
    }
}
