package id.lumbung.testing;

import static id.lumbung.testing.Innovations.anInnovation;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replication fixtures: published source innovations, adopters, and status changes through the API. */
public final class Replications {

    private static List<String> kabupatenCodes;

    private Replications() {
    }

    /** A published innovation made for the test, in {@code regionCode}. */
    public static String publishedInnovation(String regionCode, String... themes) {
        Innovations innovation = anInnovation().inRegion(regionCode).withStatus("published");
        if (themes.length > 0) {
            innovation.with("themes", List.of(themes));
        }
        Api.admin().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        return innovation.slug();
    }

    /** Kabupaten codes (from the Kemendagri data), to give every replication of a fixture its own adopter. */
    public static synchronized List<String> kabupatenCodes() {
        if (kabupatenCodes == null) {
            kabupatenCodes = Api.anonymous().queryParam("type", "kabupaten").queryParam("limit", 400)
                    .get("/api/v1/regions").then().statusCode(200).extract().path("items.code");
        }
        return kabupatenCodes;
    }

    public static ValidatableResponse create(String sourceSlug, String adopterCode, String status, String date, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("source_slug", sourceSlug);
        body.put("adopter_region_code", adopterCode);
        body.put("status", status);
        if (date != null) {
            body.put("date", date);
        }
        if (note != null) {
            body.put("notes", note);
        }
        return Api.reviewer().body(body).post("/api/v1/replications").then();
    }

    public static int createId(String sourceSlug, String adopterCode, String status, String date) {
        return create(sourceSlug, adopterCode, status, date, status.equals("dihentikan") ? "Anggaran dialihkan" : null)
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse transition(int id, String status, String date, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (date != null) {
            body.put("date", date);
        }
        if (note != null) {
            body.put("note", note);
        }
        return Api.reviewer().body(body).post("/api/v1/replications/" + id + "/transitions").then();
    }

    /** Steps of one replication's history as "status@date" strings, in order. */
    public static List<String> history(int id) {
        List<Map<String, Object>> steps = Api.curator().get("/api/v1/replications/" + id).then().statusCode(200)
                .extract().path("history");
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(s.get("status") + "@" + s.get("date")));
        return out;
    }
}
