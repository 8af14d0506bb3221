package id.lumbung.search.index;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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

    private static Innovations publishedAndIndexed() {
        Innovations innovation = anInnovation().withStatus("published")
                .with("summary", "Program zzpulih untuk uji pemulihan indeks.");
        Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201).header("Lumbung-Indexed", "true");
        return innovation;
    }

    private static boolean searchable(String slug) {
        return Api.anonymous().queryParam("q", "zzpulih").queryParam("limit", 100).get("/api/v1/search")
                .then().statusCode(200).extract().<List<String>>path("hits.slug").contains(slug);
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
        assertEquals(before, index.documentCount());
        assertEquals(IndexState.ready, index.state());
    }

    @Test
    void anInterruptedIndexerResumesFromItsLastCommit() throws Exception {
        publishedAndIndexed();
        indexer.pause(true);
        try {
            OutboxPosition committed = index.position();
            Innovations missed = anInnovation().withStatus("published").with("summary", "Program zzpulih yang tertunda.");
            Api.admin().body(missed.json()).post("/api/v1/innovations").then().statusCode(201);
            Thread.sleep(500);
            assertFalse(searchable(missed.slug()), "the paused indexer has not applied it");

            index.reopenFromLastCommit(); // a crash: what was not committed is gone
            assertEquals(committed, index.position());
            indexer.pause(false);
            awaitSearchable(missed.slug());
        } finally {
            indexer.pause(false);
        }
    }

    @Test
    void anOnlineRebuildSwapsInAFreshIndexWhileSearchesContinue() throws Exception {
        Innovations innovation = publishedAndIndexed();
        await("an earlier rebuild is still running", () -> !rebuilder.running());
        Path before = currentGeneration();
        Api.admin().post("/api/v1/search/index/rebuild").then().statusCode(202).body("rebuild.reason", equalTo("requested"));
        Api.anonymous().queryParam("q", "zzpulih").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem(innovation.slug()));
        await("the rebuild did not finish", () -> !rebuilder.running() && index.state() == IndexState.ready);
        assertFalse(currentGeneration().equals(before), "a new generation is current");
        assertTrue(Files.notExists(before), "the old generation is deleted");
        assertTrue(searchable(innovation.slug()));
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
            assertFalse(index.checkIntegrity());
            Api.anonymous().queryParam("q", "zzpulih").get("/api/v1/search").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", equalTo("https://lumbung.id/problems/search-unavailable"));
            assertEquals(503, readiness());
        } finally {
            indexer.pause(false);
        }
        awaitSearchable(innovation.slug());
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
        Innovations next = anInnovation().withStatus("published").with("summary", "Program zzpulih setelah kegagalan.");
        Api.admin().body(next.json()).post("/api/v1/innovations").then().statusCode(201);

        await("readiness stayed up while the index could not be written", () -> readiness() == 503);
        Api.anonymous().queryParam("q", "zzpulih").get("/api/v1/search").then().statusCode(200);
        awaitSearchable(next.slug()); // rebuilt after lumbung.search.write-failure-rebuild-after (2 s in tests)
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
