package id.lumbung.search.index;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index recovers from losing its files and from an indexer that stopped mid-way. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IndexRecoveryTest {

    @Inject
    SearchIndex index;

    @Inject
    OutboxIndexer indexer;

    private static Innovations publishedAndIndexed() {
        Innovations innovation = anInnovation().withStatus("published")
                .with("summary", "Program zzpulih untuk uji pemulihan indeks.");
        Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201);
        return innovation;
    }

    private static boolean searchable(String slug) {
        return Api.anonymous().queryParam("q", "zzpulih").queryParam("limit", 100).get("/api/v1/search")
                .then().statusCode(200).extract().<List<String>>path("hits.slug").contains(slug);
    }

    private static void awaitSearchable(String slug) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!searchable(slug)) {
            assertTrue(System.nanoTime() < deadline, slug + " did not become searchable");
            Thread.sleep(100);
        }
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
            assertTrue(!searchable(missed.slug()), "the paused indexer has not applied it");

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
        Api.admin().post("/api/v1/search/index/rebuild").then().statusCode(anyOf(equalTo(202), equalTo(409)));
        Api.anonymous().queryParam("q", "zzpulih").get("/api/v1/search").then().statusCode(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (index.state() != IndexState.ready) {
            assertTrue(System.nanoTime() < deadline);
            Thread.sleep(50);
        }
        awaitSearchable(innovation.slug());
        Api.anonymous().queryParam("q", "zzpulih").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem(innovation.slug()))
                .body("hits.slug", not(hasItem("tidak-ada")));
    }
}
