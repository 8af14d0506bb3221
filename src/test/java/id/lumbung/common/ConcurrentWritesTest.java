package id.lumbung.common;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Race;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Requests that race for the same unique key: one wins, every other one gets 409 problem+json (the unique key
 * taken first, mapped where database failures are mapped), never a 500.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentWritesTest {

    private static final int RACERS = 12;

    private static List<Response> race(Supplier<Response> request) throws Exception {
        return Race.of(RACERS, request);
    }

    private static void assertOnlyWinnersAndConflicts(List<Response> answers, int success, boolean exactlyOneWinner) {
        long won = answers.stream().filter(a -> a.statusCode() == success).count();
        for (Response answer : answers) {
            int status = answer.statusCode();
            assertTrue(status == success || status == 409, "status " + status + ": " + answer.asString());
            if (status == 409) {
                assertEquals("application/problem+json", answer.contentType());
            }
        }
        if (exactlyOneWinner) {
            assertEquals(1, won, "exactly one request wins");
        } else {
            assertTrue(won >= 1, "at least one request wins");
        }
    }

    @Test
    void concurrentCreatesOfOneSlugGiveOneEntryAndConflicts() throws Exception {
        Innovations innovation = anInnovation();
        Map<String, Object> body = innovation.json();
        List<Response> answers = race(() -> Api.curator().queryParam("confirm_duplicate", true).body(body)
                .post("/api/v1/innovations"));
        assertOnlyWinnersAndConflicts(answers, 201, true);
        Api.curator().get("/api/v1/innovations/" + innovation.slug()).then().statusCode(200);
    }

    @Test
    void concurrentImportsOfOneNewSlugNeverAnswer500() throws Exception {
        String slug = anInnovation().slug();
        String line = "{\"slug\":\"" + slug + "\",\"name\":\"Impor Serentak " + slug + "\",\"region_code\":\"33.14\","
                + "\"level\":\"kabupaten\",\"summary\":\"Ringkasan impor serentak.\"}\n";
        List<Response> answers = race(() -> Api.curator().contentType("application/x-ndjson")
                .queryParam("allow_duplicates", true).body(line).post("/api/v1/innovations/import"));
        // A later import finds the entry stored and reports it unchanged (200); those that raced the first get 409.
        assertOnlyWinnersAndConflicts(answers, 200, false);
        long created = answers.stream().filter(a -> a.statusCode() == 200)
                .mapToInt(a -> a.jsonPath().getInt("created")).sum();
        assertEquals(1, created, "the entry is created once");
    }

    @Test
    void concurrentRecordsOfOneReplicationGiveOneRecordAndConflicts() throws Exception {
        String source = Replications.publishedInnovation("33.14");
        List<Response> answers = race(() -> Api.reviewer().body(Map.of("source_slug", source,
                "adopter_region_code", "33.16", "status", "minat")).post("/api/v1/replications"));
        assertOnlyWinnersAndConflicts(answers, 201, true);
        Api.anonymous().queryParam("source", source).get("/api/v1/replications").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void learningEventsAreListed() {
        String slug = "acara-serentak-" + System.nanoTime() % 1_000_000;
        Api.reviewer().body(Map.of("slug", slug, "name", "Acara uji daftar", "date", "2024-05-01"))
                .post("/api/v1/learning-events").then().statusCode(201);
        Api.anonymous().get("/api/v1/learning-events").then().statusCode(200)
                .body("slug", org.hamcrest.Matchers.hasItem(slug));
    }
}
