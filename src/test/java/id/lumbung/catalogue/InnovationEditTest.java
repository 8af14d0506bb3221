package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.testing.Api;
import id.lumbung.testing.FullRecord;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A GET's body can be PUT back as it is; PATCH (JSON Merge Patch) changes the fields it names and nothing else,
 * against the version the client read, all or nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class InnovationEditTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static Map<String, Object> read(RequestSpecification caller, String slug) {
        return caller.get("/api/v1/innovations/" + slug).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static ValidatableResponse patch(RequestSpecification caller, String slug, String ifMatch, String patch) {
        return caller.contentType(MERGE_PATCH).header("If-Match", ifMatch).body(patch)
                .patch("/api/v1/innovations/" + slug).then();
    }

    /** A draft with an acronym, aliases and a public contact, as a curator created it. */
    private static String aDraft() {
        Innovations innovation = anInnovation().withAcronym("SIPADU").with("aliases", List.of("Sistem Padu"))
                .with("year_started", 2021).with("public_contact", Map.of("unit", "Bappeda", "email", "bappeda@contoh.go.id"));
        Api.curator().queryParam("confirm_duplicate", true).body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201);
        return innovation.slug();
    }

    @Test
    void theBodyOfAGetCanBePutBackAndNothingChanges() {
        String slug = FullRecord.slug();
        Map<String, Object> before = read(Api.admin(), slug);
        Api.admin().header("If-Match", "\"" + before.get("version") + "\"").body(before)
                .put("/api/v1/innovations/" + slug).then().statusCode(200);
        assertEquals(before, read(Api.admin(), slug));
    }

    @Test
    void aNationalProgrammeRoundTripsByItsOwnersName() {
        Innovations innovation = anInnovation().without("region_code").with("level", "nasional")
                .with("region_name", "Kementerian Uji Kembali");
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        Map<String, Object> before = read(Api.curator(), innovation.slug());
        assertEquals("Kementerian Uji Kembali", before.get("region_name"));
        Api.curator().body(before).put("/api/v1/innovations/" + innovation.slug()).then().statusCode(200);
        assertEquals(before, read(Api.curator(), innovation.slug()));
    }

    @Test
    void aPutStillRefusesFieldsTheGetDoesNotHave() {
        String slug = aDraft();
        Map<String, Object> body = new HashMap<>(read(Api.curator(), slug));
        body.put("name", "Nama yang tidak boleh tersimpan");
        body.put("regon_code", "35.03");
        Api.curator().body(body).put("/api/v1/innovations/" + slug).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("regon_code"))
                .body("violations[0].message", equalTo("unknown field 'regon_code'"));
        assertEquals("Inovasi Uji " + slug, read(Api.curator(), slug).get("name"));
    }

    @Test
    void aPatchChangesOnlyTheFieldItNames() {
        String slug = aDraft();
        Map<String, Object> before = read(Api.curator(), slug);
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\"}").statusCode(200)
                .header("ETag", "\"1\"").body("urusan", equalTo("Sosial"));

        Map<String, Object> expected = new HashMap<>(before);
        expected.put("urusan", "Sosial");
        expected.put("version", 1);
        Map<String, Object> after = new HashMap<>(read(Api.curator(), slug));
        expected.remove("updated_at");
        after.remove("updated_at");
        assertEquals(expected, after);
    }

    @Test
    void nullRemovesAnOptionalFieldAndObjectsAreMergedMemberByMember() {
        String slug = aDraft();
        patch(Api.curator(), slug, "\"0\"", "{\"acronym\": null, \"aliases\": null, \"public_contact\": {\"phone\": \"0355-791234\"}}")
                .statusCode(200);
        Map<String, Object> after = read(Api.curator(), slug);
        assertEquals(null, after.get("acronym"));
        assertEquals(List.of(), after.get("aliases"));
        assertEquals(Map.of("unit", "Bappeda", "email", "bappeda@contoh.go.id", "phone", "0355-791234"),
                after.get("public_contact"));
        assertEquals(2021, after.get("year_started"));
    }

    @Test
    void aPatchNamingARegionByNameMovesTheEntryThere() {
        String slug = aDraft();
        patch(Api.curator(), slug, "\"0\"", "{\"region_name\": \"Kab. Kukar\"}").statusCode(200)
                .body("region_code", equalTo("64.02")).body("province.code", equalTo("64"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndAMissingOneIsRequired() {
        String slug = aDraft();
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\"}").statusCode(200);
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Kesehatan\"}").statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("https://lumbung.id/problems/stale-version"));
        Api.curator().contentType(MERGE_PATCH).body("{\"urusan\": \"Kesehatan\"}").patch("/api/v1/innovations/" + slug)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://lumbung.id/problems/precondition-required"));
        assertEquals("Sosial", read(Api.curator(), slug).get("urusan"));
        // '*' patches whatever version is current, on purpose.
        patch(Api.curator(), slug, "*", "{\"urusan\": \"Kesehatan\"}").statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void anInvalidPatchWritesNothing() {
        String slug = aDraft();
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\", \"summary\": \"\", \"year_started\": 1900}")
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("summary", "year_started")));
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\", \"themes\": [\"bukan-tema\"]}").statusCode(400)
                .body("violations[0].field", equalTo("themes"));
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\", \"year_started\": \"dua ribu\"}").statusCode(400)
                .body("violations[0].field", equalTo("year_started"));
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\", \"slug\": \"slug-lain\"}").statusCode(400)
                .body("violations[0].field", equalTo("slug"));
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\", \"regon_code\": \"35\"}").statusCode(400)
                .body("violations[0].message", equalTo("unknown field 'regon_code'"));
        // A curator may not publish: the workflow refuses the patch as a whole.
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": \"Sosial\", \"status\": \"published\"}").statusCode(403);
        Map<String, Object> after = read(Api.curator(), slug);
        assertEquals(null, after.get("urusan"));
        assertEquals(0, after.get("version"));
    }

    @Test
    void aPatchIsCheckedAsThePutOfItsResultWouldBe() {
        String slug = aDraft();
        Map<String, Object> body = new HashMap<>(read(Api.curator(), slug));
        body.put("sdg_goals", List.of(18));
        JsonPath put = Api.curator().body(body).put("/api/v1/innovations/" + slug).then().statusCode(400)
                .extract().jsonPath();
        JsonPath patched = patch(Api.curator(), slug, "\"0\"", "{\"sdg_goals\": [18]}").statusCode(400)
                .extract().jsonPath();
        assertEquals(List.of("sdg_goals[0].<list element>"), put.getList("violations.field"));
        assertEquals(put.getList("violations.field"), patched.getList("violations.field"));
        assertEquals(put.getList("violations.message"), patched.getList("violations.message"));
    }

    @Test
    void onlyAMergePatchDocumentIsAccepted() {
        String slug = aDraft();
        Api.curator().header("If-Match", "\"0\"").body(Map.of("urusan", "Sosial")).patch("/api/v1/innovations/" + slug)
                .then().statusCode(415).contentType("application/problem+json");
        patch(Api.curator(), slug, "\"0\"", "{\"urusan\": ").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("malformed JSON"));
        patch(Api.curator(), slug, "\"0\"", "[{\"urusan\": \"Sosial\"}]").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("RFC 7396"));
        patch(Api.curator(), slug, "\"0\"", "").statusCode(400).contentType("application/problem+json");
        assertEquals(0, read(Api.curator(), slug).get("version"));
    }

    @Test
    void readOnlyFieldsInAPatchAreIgnoredAsInAPut() {
        String slug = aDraft();
        patch(Api.curator(), slug, "\"0\"", "{\"version\": 7, \"stale\": false, \"region\": {\"code\": \"31\"}}")
                .statusCode(200).body("version", equalTo(0)).body("region.code", equalTo("33.14"));
    }

    @Test
    void thePublicMayNotPatch() {
        String slug = FullRecord.slug();
        patch(Api.anonymous(), slug, "\"0\"", "{\"urusan\": \"Sosial\"}").statusCode(401)
                .contentType("application/problem+json");
    }
}
