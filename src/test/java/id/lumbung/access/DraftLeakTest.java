package id.lumbung.access;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A draft and an archived entry, both carrying a word nothing else has and both linked to a published
 * innovation by replications, must not show through any public path (API or page), for anonymous callers
 * or API keys.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DraftLeakTest {

    @Test
    void draftsAndArchivedEntriesStayInvisibleEverywhere() {
        String word = "rahasiadraf" + System.nanoTime() % 100000;
        Innovations draft = anInnovation().inRegion("33.14").with("name", "Program " + word + " belum terbit")
                .with("acronym", word.substring(0, 8).toUpperCase());
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        Innovations archived = anInnovation().inRegion("33.14").with("name", "Program " + word + " diarsipkan")
                .withStatus("published");
        Api.admin().body(archived.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.admin().body(Map.of("status", "archived")).post("/api/v1/innovations/" + archived.slug() + "/transitions")
                .then().statusCode(200);
        String published = Replications.publishedInnovation("33.14");
        Api.reviewer().body(Map.of("source_slug", published, "adopter_region_code", "33.14", "status", "diterapkan",
                "derived_slug", draft.slug())).post("/api/v1/replications").then().statusCode(201);
        Api.reviewer().body(Map.of("source_slug", draft.slug(), "adopter_region_code", "33.16", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201);
        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("source_slug", archived.slug(),
                "adopter_region_code", "33.17", "status", "minat")).post("/api/v1/replications").then().statusCode(201);

        String key = ApiKeys.create(List.of(), null).path("key");
        List<Supplier<RequestSpecification>> callers = List.of(Api::anonymous,
                () -> Api.anonymous().header("X-API-Key", key));
        List<String> paths = List.of(
                "/api/v1/innovations?limit=100&region=33.14",
                "/api/v1/innovations?status=draft&limit=100",
                "/api/v1/innovations?status=archived&limit=100",
                "/api/v1/search?q=" + word,
                "/api/v1/search?q=status:draft " + word,
                "/api/v1/search/suggest?q=" + word.substring(0, 6),
                "/api/v1/innovations/" + published + "/similar",
                "/api/v1/innovations/" + published + "/lineage",
                "/api/v1/innovations/" + published + "/replications",
                "/api/v1/innovations/export",
                "/api/v1/innovations/export?format=csv&status=draft",
                "/api/v1/replications?limit=100",
                "/api/v1/replications/export",
                "/api/v1/replications/export?format=csv",
                "/api/v1/replications/analytics",
                "/api/v1/regions/33.14/replications",
                "/api/v1/regions/33.16/replications",
                "/api/v1/regions/33.16/recommendations?limit=50",
                "/", "/cari?q=" + word, "/cari?q=" + word + "&sort=newest", "/inovasi/" + published, "/daerah/33.14",
                "/daerah/33.16", "/replikasi");
        for (Supplier<RequestSpecification> caller : callers) {
            for (String path : paths) {
                // The search page shows the query back to its author; the entries' own words must not appear.
                String echoed = path.startsWith("/cari") ? "belum terbit" : word;
                caller.get().get(path).then().statusCode(200)
                        .body(not(containsString(echoed)))
                        .body(not(containsString("diarsipkan")))
                        .body(not(containsString(draft.slug())))
                        .body(not(containsString(archived.slug())));
            }
            for (String slug : List.of(draft.slug(), archived.slug())) {
                caller.get().get("/inovasi/" + slug).then().statusCode(404).body(not(containsString(word)));
                caller.get().get("/api/v1/innovations/" + slug).then().statusCode(404);
                caller.get().get("/api/v1/innovations/" + slug + "/lineage").then().statusCode(404);
                caller.get().get("/api/v1/innovations/" + slug + "/replications").then().statusCode(404);
                caller.get().get("/api/v1/innovations/" + slug + "/similar").then().statusCode(404);
            }
        }
        Api.curator().get("/api/v1/innovations/" + draft.slug()).then().statusCode(200);
    }

    /**
     * A replication a curator recorded, and one a curator changed after a reviewer had published it, wait for review: no
     * public path shows them or counts them (every answer is what it was before either existed), until a reviewer
     * publishes them.
     */
    @Test
    void replicationsUnderReviewShowThroughNoPublicPathUntilPublished() {
        String word = "rahasiareplikasi" + System.nanoTime() % 100000;
        String source = Replications.publishedInnovation("63.01", "kemiskinan-ekstrem");
        String name = Api.anonymous().get("/api/v1/innovations/" + source).then().extract().path("name");
        String key = ApiKeys.create(List.of(), null).path("key");
        List<Supplier<RequestSpecification>> callers = List.of(Api::anonymous,
                () -> Api.anonymous().header("X-API-Key", key));
        List<String> paths = List.of("/api/v1/innovations/" + source + "/replications", "/api/v1/innovations/" + source + "/lineage",
                "/api/v1/replications?source=" + source, "/api/v1/replications?adopter_region=63&limit=100",
                "/api/v1/replications/export", "/api/v1/replications/export?format=csv", "/api/v1/replications/analytics",
                "/api/v1/replications/analytics?source_region=63", "/api/v1/regions/63.02/replications",
                "/api/v1/regions/63.01/replications", "/inovasi/" + source, "/bandingkan?slug=" + source, "/daerah", "/daerah/63",
                "/daerah/63.02", "/replikasi", "/replikasi?province=63", "/");
        Map<String, String> before = new HashMap<>();
        for (String path : paths) {
            before.put(path, Api.anonymous().get(path).then().statusCode(200).extract().asString());
        }
        int changed = Replications.createId(source, "63.03", "minat", "2024-01-10");
        Api.anonymous().get("/api/v1/replications/" + changed).then().statusCode(200);
        Map<String, Object> record = Map.of("source_slug", source, "adopter_region_code", "63.02", "status", "diterapkan",
                "date", "2024-03-01", "notes", "Catatan " + word, "adaptation", Map.of("kept", List.of("Inti " + word)),
                "outcomes", List.of(Map.of("name", "Rumah tangga " + word, "values", List.of(Map.of("year", 2024, "value", 120)))));
        int underReview = Api.curator().body(record).post("/api/v1/replications").then().statusCode(201)
                .body("publication", equalTo("in_review")).extract().path("id");
        Api.curator().queryParam("wait_for", "indexed").body(Map.of("status", "studi_tiru", "note", "Langkah " + word))
                .post("/api/v1/replications/" + changed + "/transitions").then().statusCode(200);

        for (Supplier<RequestSpecification> caller : callers) {
            for (String path : paths) {
                String now = caller.get().get(path).then().statusCode(200).extract().asString();
                assertEquals(before.get(path), now,
                        path + " changed while the replications waited for review");
                assertFalse(now.contains(word), path + " shows " + word);
            }
            caller.get().get("/api/v1/replications/" + underReview).then().statusCode(404);
            caller.get().get("/api/v1/replications/" + changed).then().statusCode(404);
            caller.get().queryParam("q", name).get("/api/v1/search").then().statusCode(200)
                    .body("hits.find { it.slug == '" + source + "' }.replication_count", equalTo(0))
                    .body("hits.find { it.slug == '" + source + "' }.best_replication_status", nullValue());
        }

        Api.reviewer().body(Map.of("publication", "published")).post("/api/v1/replications/" + changed + "/publication")
                .then().statusCode(200);
        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("publication", "published"))
                .post("/api/v1/replications/" + underReview + "/publication").then().statusCode(200);
        for (Supplier<RequestSpecification> caller : callers) {
            caller.get().get("/inovasi/" + source).then().statusCode(200).body(containsString("Catatan " + word))
                    .body(containsString("Inti " + word)).body(containsString("Langkah " + word));
            caller.get().get("/api/v1/replications?source=" + source).then().body("total", equalTo(2));
            caller.get().queryParam("q", name).get("/api/v1/search").then().statusCode(200)
                    .body("hits.find { it.slug == '" + source + "' }.replication_count", equalTo(2))
                    .body("hits.find { it.slug == '" + source + "' }.best_replication_status",
                            equalTo("diterapkan"));
        }
        assertNotEquals(before.get("/api/v1/replications/analytics"),
                Api.anonymous().get("/api/v1/replications/analytics").then().extract().asString());
    }
}
