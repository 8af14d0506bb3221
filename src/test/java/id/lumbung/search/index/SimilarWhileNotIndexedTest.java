package id.lumbung.search.index;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * "More like this" tells an innovation the index does not hold yet from one that does not exist: a published
 * innovation the index has not applied (or no index at all) answers 503 with Retry-After, as searches do, never 404;
 * a draft or an unknown slug stays 404.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SimilarWhileNotIndexedTest {

    @Inject
    SearchIndex index;

    @Inject
    OutboxIndexer indexer;

    @Inject
    IndexRebuilder rebuilder;

    private static Innovations posted(String status, boolean waitForIndex) {
        Innovations innovation = anInnovation().withStatus(status).with("summary", "Program zzmirip untuk uji kemiripan.");
        var request = Api.admin().body(innovation.json());
        if (waitForIndex) {
            request = request.queryParam("wait_for", "indexed");
        }
        request.post("/api/v1/innovations").then().statusCode(201);
        return innovation;
    }

    private static void assertUnavailable(String slug) {
        Api.anonymous().get("/api/v1/innovations/" + slug + "/similar").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("https://lumbung.id/problems/search-unavailable"));
    }

    private static void assertNotFound(String slug) {
        Api.anonymous().get("/api/v1/innovations/" + slug + "/similar").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://lumbung.id/problems/not-found"));
    }

    private void awaitNoRebuild() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (rebuilder.running()) {
            assertTrue(System.nanoTime() < deadline, "an earlier rebuild is still running");
            Thread.sleep(50);
        }
    }

    @Test
    void aPublishedInnovationTheIndexerHasNotAppliedAnswers503ThenItsSimilarOnes() throws Exception {
        Innovations indexed = posted("published", true);
        Api.anonymous().get("/api/v1/innovations/" + indexed.slug() + "/similar").then().statusCode(200)
                .body("slug", equalTo(indexed.slug())).body("items.slug", not(hasItem(indexed.slug())));
        awaitNoRebuild();
        indexer.pause(true);
        try {
            Innovations waiting = posted("published", false);
            Innovations draft = posted("draft", false);
            assertUnavailable(waiting.slug());
            assertNotFound(draft.slug());
            assertNotFound("tidak-ada-inovasi-ini");

            indexer.pause(false);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Api.anonymous().get("/api/v1/innovations/" + waiting.slug() + "/similar").statusCode() != 200) {
                assertTrue(System.nanoTime() < deadline, "the innovation was not indexed once the indexer ran again");
                Thread.sleep(50);
            }
            Api.anonymous().get("/api/v1/innovations/" + waiting.slug() + "/similar").then().statusCode(200)
                    .body("slug", equalTo(waiting.slug())).body("items.slug", not(hasItem(waiting.slug())));
            assertNotFound(draft.slug());
        } finally {
            indexer.pause(false);
        }
    }

    @Test
    void withNoIndexAnExistingInnovationAnswers503NotFound404() throws Exception {
        Innovations published = posted("published", true);
        awaitNoRebuild();
        indexer.pause(true);
        try {
            index.closeCurrent(); // as before the first build: no generation to search
            assertUnavailable(published.slug());
        } finally {
            indexer.start(); // reopens the generation on disk, as the next start of the service does
            indexer.pause(false);
        }
        Api.anonymous().get("/api/v1/innovations/" + published.slug() + "/similar").then().statusCode(200)
                .body("slug", equalTo(published.slug()));
    }
}
