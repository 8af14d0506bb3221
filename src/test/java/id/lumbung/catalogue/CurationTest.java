package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Duplicate warnings (in Kab. Lombok Tengah, 52.02, which no other test uses) and stale entries. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CurationTest {

    @Test
    void aLikelyDuplicateIsFlaggedUntilConfirmed() {
        Innovations original = anInnovation().inRegion("52.02").with("name", "Gerakan Tengok Bawah Atasi Masalah Kemiskinan");
        Api.curator().body(original.json()).post("/api/v1/innovations").then().statusCode(201);

        Innovations copy = anInnovation().inRegion("52.02").with("name", "Gertak Lombok").withAcronym("Gertak");
        Api.curator().body(copy.json()).post("/api/v1/innovations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lumbung.id/problems/possible-duplicate"))
                .body("candidates[0].slug", equalTo(original.slug()))
                .body("candidates[0].reasons", hasItem("acronym_matches_name"));
        Api.curator().get("/api/v1/innovations/" + copy.slug()).then().statusCode(404);
        Api.curator().queryParam("confirm_duplicate", "true").body(copy.json()).post("/api/v1/innovations").then()
                .statusCode(201);

        Innovations sameNameElsewhere = anInnovation().inRegion("52.03").with("name", "Gerakan Tengok Bawah Atasi Masalah Kemiskinan");
        Api.curator().body(sameNameElsewhere.json()).post("/api/v1/innovations").then().statusCode(201);
        Innovations renamed = anInnovation().inRegion("52.02").with("name", "Gerakan Tengok Bawah Atasi Masalah Kemiskinan Desa");
        Api.curator().body(renamed.json()).post("/api/v1/innovations").then().statusCode(409)
                .body("candidates.reasons.flatten()", hasItem("similar_name"));
    }

    @Test
    void importsListPossibleDuplicatesAndRefuseThemUnlessAllowed() {
        Innovations original = anInnovation().inRegion("52.02").with("name", "Unit Pelayanan Terpadu Penanggulangan Kemiskinan Uji")
                .withAcronym("UPTPKU");
        Api.curator().body(original.json()).post("/api/v1/innovations").then().statusCode(201);
        String line = "{\"slug\":\"uptpku-" + System.nanoTime() + "\",\"name\":\"UPTPKU Lombok\",\"acronym\":\"UPTPKU\","
                + "\"region_code\":\"52.02\",\"level\":\"kabupaten\",\"summary\":\"Layanan satu pintu.\"}\n";
        Api.curator().contentType("application/x-ndjson").queryParam("dryRun", "true").body(line)
                .post("/api/v1/innovations/import").then().statusCode(200)
                .body("possible_duplicates[0].line", equalTo(1))
                .body("possible_duplicates[0].candidates[0].slug", equalTo(original.slug()))
                .body("possible_duplicates[0].candidates[0].reasons", hasItem("same_acronym"));
        Api.curator().contentType("application/x-ndjson").body(line).post("/api/v1/innovations/import").then()
                .statusCode(409).body("candidates[0].line", equalTo(1));
        Api.curator().contentType("application/x-ndjson").queryParam("allow_duplicates", "true").body(line)
                .post("/api/v1/innovations/import").then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void entriesNotConfirmedForAYearAreStaleUntilConfirmed() {
        Innovations old = anInnovation().withStatus("published").with("running_status", "berjalan")
                .with("last_confirmed_on", LocalDate.now().minusMonths(13).toString());
        Api.admin().body(old.json()).post("/api/v1/innovations").then().statusCode(201).body("stale", equalTo(true));
        Innovations fresh = anInnovation().withStatus("published")
                .with("last_confirmed_on", LocalDate.now().minusMonths(2).toString());
        Api.admin().body(fresh.json()).post("/api/v1/innovations").then().statusCode(201).body("stale", equalTo(false));

        Api.curator().queryParam("stale", "true").queryParam("limit", 100).get("/api/v1/innovations").then()
                .statusCode(200).body("items.slug", hasItem(old.slug())).body("items.slug", not(hasItem(fresh.slug())));

        // The running status of a published entry is public: a curator may not change it, a reviewer may.
        Api.curator().body(Map.of("running_status", "terhenti")).post("/api/v1/innovations/" + old.slug() + "/confirmation")
                .then().statusCode(403);
        Api.reviewer().body(Map.of("running_status", "terhenti")).post("/api/v1/innovations/" + old.slug() + "/confirmation")
                .then().statusCode(200).body("stale", equalTo(false)).body("running_status", equalTo("terhenti"))
                .body("last_confirmed_on", equalTo(LocalDate.now().toString()));
        Api.curator().queryParam("stale", "false").queryParam("limit", 100).get("/api/v1/innovations").then()
                .body("items.slug", hasItem(old.slug()));
        Api.reviewer().body(Map.of("running_status", "berjalan", "confirmed_on", "2999-01-01"))
                .post("/api/v1/innovations/" + old.slug() + "/confirmation").then().statusCode(400);
        Api.curator().queryParam("stale", "barangkali").get("/api/v1/innovations").then().statusCode(400);
        Api.anonymous().body(Map.of("running_status", "berjalan")).post("/api/v1/innovations/" + old.slug() + "/confirmation")
                .then().statusCode(401);
    }
}
