package id.lumbung.replication;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LineageTest {

    /** Records that {@code derived} (in {@code adopter}) was replicated from {@code source}. */
    private static int derive(String source, String adopter, String derived) {
        Map<String, Object> body = new HashMap<>(Map.of("source_slug", source, "adopter_region_code", adopter,
                "status", "diterapkan"));
        if (derived != null) {
            body.put("derived_slug", derived);
        }
        return Api.reviewer().body(body).post("/api/v1/replications").then().statusCode(201).extract().path("id");
    }

    @Test
    void lineageFollowsThreeHopsDownAndUp() {
        String a = Replications.publishedInnovation("52.01");
        String b = Replications.publishedInnovation("52.02");
        String c = Replications.publishedInnovation("52.03");
        String d = Replications.publishedInnovation("52.04");
        derive(a, "33.16", b);
        derive(b, "33.17", c);
        derive(c, "61.04", d);
        derive(a, "64.02", null);

        Api.anonymous().get("/api/v1/innovations/" + a + "/lineage").then().statusCode(200)
                .body("innovation.slug", equalTo(a))
                .body("depth", equalTo(3))
                .body("size", equalTo(4))
                .body("derived_from", hasSize(0))
                .body("replications", hasSize(2))
                .body("replications[0].adopter.region_code", equalTo("33.16"))
                .body("replications[0].derived.slug", equalTo(b))
                .body("replications[0].replications[0].derived.slug", equalTo(c))
                .body("replications[0].replications[0].replications[0].derived.slug", equalTo(d))
                .body("replications[0].replications[0].replications[0].replications", hasSize(0))
                .body("replications[1].derived", nullValue());

        Api.anonymous().get("/api/v1/innovations/" + d + "/lineage").then().statusCode(200)
                .body("replications", hasSize(0))
                .body("derived_from[0].source.slug", equalTo(c))
                .body("derived_from[0].derived_from[0].source.slug", equalTo(b))
                .body("derived_from[0].derived_from[0].derived_from[0].source.slug", equalTo(a));

        Api.anonymous().get("/api/v1/innovations/" + a + "/replications").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void cyclesAreRefusedAtWriteTime() {
        String a = Replications.publishedInnovation("52.01");
        String b = Replications.publishedInnovation("52.02");
        String c = Replications.publishedInnovation("52.03");
        derive(a, "33.16", b);
        derive(b, "33.17", c);
        Api.reviewer().body(Map.of("source_slug", c, "adopter_region_code", "35.03", "status", "minat", "derived_slug", a))
                .post("/api/v1/replications").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("cycle"));
        Api.reviewer().body(Map.of("source_slug", a, "adopter_region_code", "35.04", "status", "minat", "derived_slug", a))
                .post("/api/v1/replications").then().statusCode(400)
                .body("violations[0].field", equalTo("derived_slug"));
        int plain = derive(c, "35.05", null);
        Api.reviewer().body(Map.of("derived_slug", b)).put("/api/v1/replications/" + plain).then().statusCode(409);
        Api.anonymous().get("/api/v1/innovations/" + c + "/lineage").then().statusCode(200)
                .body("replications[0].derived", nullValue());
    }

    @Test
    void draftsAreLeftOutOfPublicLineage() {
        String a = Replications.publishedInnovation("52.01");
        Innovations draft = anInnovation().inRegion("52.02");
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        derive(a, "33.16", draft.slug());
        Api.anonymous().get("/api/v1/innovations/" + a + "/lineage").then().statusCode(200)
                .body("replications[0].derived", nullValue());
        Api.curator().get("/api/v1/innovations/" + a + "/lineage").then().statusCode(200)
                .body("replications[0].derived.slug", equalTo(draft.slug()));
        Api.anonymous().get("/api/v1/innovations/" + draft.slug() + "/lineage").then().statusCode(404);
        Api.anonymous().get("/api/v1/innovations/" + draft.slug() + "/replications").then().statusCode(404);
        Api.anonymous().get("/api/v1/innovations/tidak-ada/lineage").then().statusCode(404);
        Api.anonymous().get("/api/v1/innovations/Bukan_Slug/lineage").then().statusCode(400);
        Api.anonymous().get("/api/v1/replications/export").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(draft.slug())));
    }

    @Test
    void aWideLineageIsCutToFiftyBranchesAndSaysSo() {
        String source = Replications.publishedInnovation("52.05");
        StringBuilder lines = new StringBuilder();
        java.util.List<String> adopters = Replications.kabupatenCodes().subList(0, 60);
        for (String adopter : adopters) {
            lines.append("{\"source_slug\":\"").append(source).append("\",\"adopter_region_code\":\"").append(adopter)
                    .append("\",\"status\":\"minat\"}\n");
        }
        Api.reviewer().contentType("application/x-ndjson").body(lines.toString()).post("/api/v1/replications/import")
                .then().statusCode(200).body("created", org.hamcrest.Matchers.equalTo(60));
        Api.anonymous().get("/api/v1/innovations/" + source + "/lineage").then().statusCode(200)
                .body("replications.size()", org.hamcrest.Matchers.equalTo(50))
                .body("size", org.hamcrest.Matchers.equalTo(50))
                .body("truncated", org.hamcrest.Matchers.equalTo(true));
        String narrow = Replications.publishedInnovation("52.06");
        derive(narrow, "33.16", null);
        Api.anonymous().get("/api/v1/innovations/" + narrow + "/lineage").then().statusCode(200)
                .body("truncated", org.hamcrest.Matchers.equalTo(false));
    }
}
