package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class EditorialWorkflowTest {

    private static io.restassured.response.ValidatableResponse move(RequestSpecification who, String slug, String status) {
        return who.body(Map.of("status", status)).post("/api/v1/innovations/" + slug + "/transitions").then();
    }

    @Test
    void draftToReviewToPublishedToArchivedAndBackToDraft() {
        Innovations entry = anInnovation();
        String slug = entry.slug();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201).body("status", equalTo("draft"));
        move(Api.curator(), slug, "in_review").statusCode(200).body("status", equalTo("in_review"));
        move(Api.curator(), slug, "published").statusCode(403).contentType("application/problem+json");
        Api.anonymous().get("/api/v1/innovations/" + slug).then().statusCode(404);

        move(Api.reviewer(), slug, "published").statusCode(200);
        Api.anonymous().get("/api/v1/innovations/" + slug).then().statusCode(200);
        Api.curator().body(entry.with("name", "Diubah tanpa tinjauan").json()).put("/api/v1/innovations/" + slug)
                .then().statusCode(403);
        move(Api.curator(), slug, "draft").statusCode(403);

        move(Api.reviewer(), slug, "archived").statusCode(200);
        Api.anonymous().get("/api/v1/innovations/" + slug).then().statusCode(404);
        move(Api.reviewer(), slug, "published").statusCode(409)
                .body("current_status", equalTo("archived")).body("allowed_next", contains("draft"));
        move(Api.reviewer(), slug, "draft").statusCode(200);
        Api.curator().body(entry.with("name", "Diperbaiki").json()).put("/api/v1/innovations/" + slug)
                .then().statusCode(200).body("name", equalTo("Diperbaiki"));
        move(Api.curator(), slug, "dihapus").statusCode(400);
        move(Api.anonymous(), slug, "in_review").statusCode(401);
    }

    @Test
    void aCuratorAskingToCreateAPublishedEntryHearsThatFirst() {
        Innovations entry = anInnovation();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        // The same slug, and the same name in the same area: a conflict and a likely duplicate, but the curator may not
        // create a published entry in any case, and is told that rather than about the duplicate.
        Api.curator().body(entry.withStatus("published").json()).post("/api/v1/innovations").then().statusCode(403)
                .contentType("application/problem+json");
        Api.curator().body(anInnovation().with("name", entry.json().get("name")).withStatus("published").json())
                .post("/api/v1/innovations").then().statusCode(403);
        Api.reviewer().body(entry.withStatus("published").json()).post("/api/v1/innovations").then().statusCode(409);
    }

    @Test
    void historyRecordsWhoChangedWhichFieldAndOutlivesTheEntry() {
        Innovations entry = anInnovation();
        String slug = entry.slug();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.curator().body(entry.with("summary", "Ringkasan yang diperbaiki.").json()).put("/api/v1/innovations/" + slug)
                .then().statusCode(200);
        move(Api.curator(), slug, "in_review").statusCode(200);
        move(Api.reviewer(), slug, "published").statusCode(200);

        Api.curator().get("/api/v1/innovations/" + slug + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "updated", "updated"))
                .body("by", contains("kurator", "kurator", "kurator", "peninjau"))
                .body("[0].changes.field", hasItem("name"))
                .body("[1].changes.field", contains("summary"))
                .body("[1].changes[0].to", equalTo("Ringkasan yang diperbaiki."))
                .body("[3].changes.field", contains("status"))
                .body("[3].changes[0].from", equalTo("in_review"))
                .body("[3].changes[0].to", equalTo("published"));
        Api.anonymous().get("/api/v1/innovations/" + slug + "/history").then().statusCode(401);

        Api.admin().delete("/api/v1/innovations/" + slug).then().statusCode(204);
        Api.curator().get("/api/v1/innovations/" + slug + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "updated", "updated", "updated", "deleted")))
                .body("[4].by", equalTo("admin"));
        Api.curator().get("/api/v1/innovations/tidak-pernah-ada/history").then().statusCode(404);
    }

    @Test
    void replicationEditsAreAuditedToo() {
        Innovations source = anInnovation().withStatus("published");
        Api.admin().body(source.json()).post("/api/v1/innovations").then().statusCode(201);
        int id = Api.reviewer().body(Map.of("source_slug", source.slug(), "adopter_region_code", "33.16", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201).extract().path("id");
        Api.reviewer().body(Map.of("status", "studi_tiru", "date", "2024-02-01"))
                .post("/api/v1/replications/" + id + "/transitions").then().statusCode(200);
        Api.curator().get("/api/v1/replications/" + id + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[1].changes.field", hasItem("status"))
                .body("[1].changes.find { it.field == 'status' }.to", equalTo("studi_tiru"));
    }
}
