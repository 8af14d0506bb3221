package id.lumbung.access;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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
}
