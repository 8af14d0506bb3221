package id.lumbung.replication;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.testing.Api;
import id.lumbung.testing.Replications;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A replication's GET body can be PUT back; PATCH changes the details it names, against the version read. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReplicationEditTest {

    /** A replication with a derived innovation, notes and an adaptation; its id. */
    private static int aReplication() {
        String source = Replications.publishedInnovation("35.03");
        String derived = Replications.publishedInnovation("73.71"); // not Kalimantan Barat: RegionSearchTest relies on it having no entry
        int id = Api.reviewer().body(Map.of("source_slug", source, "adopter_name", "Lembaga Uji Suntingan " + derived,
                        "adopter_country", "ID", "status", "studi_tiru", "date", "2023-06-13"))
                .post("/api/v1/replications").then().statusCode(201).extract().path("id");
        Api.reviewer().body(Map.of("derived_slug", derived, "notes", "Studi tiru setelah lokakarya.", "year", 2023,
                        "adaptation", Map.of("kept", List.of("Pendataan desa"), "changed", List.of("Dikelola koperasi"))))
                .put("/api/v1/replications/" + id).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> read(int id) {
        return Api.reviewer().get("/api/v1/replications/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static String etag(Map<String, Object> replication) {
        return "\"" + replication.get("version") + "\"";
    }

    private static ValidatableResponse patch(int id, String ifMatch, String patch) {
        return Api.reviewer().contentType("application/merge-patch+json").header("If-Match", ifMatch).body(patch)
                .patch("/api/v1/replications/" + id).then();
    }

    @Test
    void theBodyOfAGetCanBePutBackAndNothingChanges() {
        int id = aReplication();
        Map<String, Object> before = read(id);
        Api.reviewer().header("If-Match", etag(before)).body(before).put("/api/v1/replications/" + id).then()
                .statusCode(200);
        assertEquals(before, read(id));
    }

    @Test
    void aPatchChangesOnlyTheDetailsItNames() {
        int id = aReplication();
        Map<String, Object> before = read(id);
        int version = (Integer) before.get("version");
        patch(id, etag(before), "{\"notes\": \"MoU disiapkan.\", \"adaptation\": {\"changed\": null}}").statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"");
        Map<String, Object> expected = new HashMap<>(before);
        expected.put("notes", "MoU disiapkan.");
        expected.put("adaptation", Map.of("kept", List.of("Pendataan desa")));
        expected.put("version", version + 1);
        Map<String, Object> after = new HashMap<>(read(id));
        expected.remove("updated_at");
        after.remove("updated_at");
        assertEquals(expected, after);
    }

    @Test
    void aStaleOrMissingIfMatchAndABadPatchWriteNothing() {
        int id = aReplication();
        Map<String, Object> before = read(id);
        String current = etag(before);
        String older = "\"" + ((Integer) before.get("version") - 1) + "\"";
        patch(id, older, "{\"notes\": \"Basi\"}").statusCode(412).contentType("application/problem+json");
        Api.reviewer().contentType("application/merge-patch+json").body("{\"notes\": \"Tanpa versi\"}")
                .patch("/api/v1/replications/" + id).then().statusCode(428).contentType("application/problem+json");
        patch(id, current, "{\"notes\": \"Tahun salah\", \"year\": 1900}").statusCode(400)
                .body("violations[0].field", equalTo("year"));
        patch(id, current, "{\"notes\": \"Acara tak dikenal\", \"learning_event\": \"tidak-ada\"}").statusCode(400)
                .body("violations[0].field", equalTo("learning_event"));
        Api.reviewer().header("If-Match", current).body(Map.of("notes", "JSON biasa"))
                .patch("/api/v1/replications/" + id).then().statusCode(415);
        Api.curator().contentType("application/merge-patch+json").header("If-Match", current).body("{\"notes\": \"Kurator\"}")
                .patch("/api/v1/replications/" + id).then().statusCode(403);
        assertEquals(before, read(id));
    }
}
