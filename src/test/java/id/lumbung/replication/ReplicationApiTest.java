package id.lumbung.replication;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReplicationApiTest {

    private static Innovations published() {
        Innovations innovation = anInnovation().withStatus("published");
        Api.admin().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        return innovation;
    }

    @Test
    void recordsAReplicationWithItsFirstHistoryEntry() {
        Innovations source = published();
        int id = Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_region_code", "61.04",
                        "status", "studi_tiru", "date", "2023-06-13", "notes", "Kunjungan belajar"))
                .post("/api/v1/replications").then().statusCode(201)
                .body("source.slug", equalTo(source.slug()))
                .body("adopter.region_code", equalTo("61.04"))
                .body("status", equalTo("studi_tiru"))
                .body("year", equalTo(2023))
                .body("history[0].date", equalTo("2023-06-13"))
                .extract().path("id");
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(200)
                .body("history[0].recorded_by", nullValue());
        Api.anonymous().queryParam("source", source.slug()).get("/api/v1/replications").then().statusCode(200)
                .body("total", equalTo(1));
        Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_region_code", "61.04", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(409);
    }

    @Test
    void foreignAdoptersNeedNoRegion() {
        Innovations source = published();
        Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_name", "Provinsi Punjab",
                        "adopter_country", "PK", "status", "studi_tiru"))
                .post("/api/v1/replications").then().statusCode(201)
                .body("adopter.name", equalTo("Provinsi Punjab")).body("adopter.country", equalTo("PK"));
    }

    @Test
    void replicationsOfDraftsStayHidden() {
        Innovations draft = anInnovation();
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        int id = Api.reviewer().body(Map.of("source_slug", draft.slug(), "adopter_region_code", "33.16", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201).extract().path("id");
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(404);
        Api.anonymous().queryParam("limit", 100).get("/api/v1/replications").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void badReferencesAreClearErrors() {
        Innovations source = published();
        Api.reviewer().body(Map.of("source_slug", "tidak-ada", "adopter_region_code", "33.16", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(400).body("violations[0].field", equalTo("source_slug"));
        Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_region_code", "99.99", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(400).body("violations[0].field", equalTo("adopter_region_code"));
        Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_region_code", "33.16", "status", "selesai"))
                .post("/api/v1/replications").then().statusCode(400).body("violations[0].field", equalTo("status"));
        Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_region_code", "33.16", "status", "minat",
                "date", "2999-01-01")).post("/api/v1/replications").then().statusCode(400);
        Api.anonymous().get("/api/v1/replications/abc").then().statusCode(400);
        // Blank, signed, or written in digits of another script ("१" is Devanagari 1): not an id.
        for (String id : List.of("%20", "%09", "%2B1", "%E0%A5%A7", "-1")) {
            Api.anonymous().urlEncodingEnabled(false).get("/api/v1/replications/" + id).then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://lumbung.id/problems/invalid-field"))
                    .body("violations[0].field", equalTo("id"));
        }
        Api.anonymous().get("/api/v1/replications/999999").then().statusCode(404);
    }
}
