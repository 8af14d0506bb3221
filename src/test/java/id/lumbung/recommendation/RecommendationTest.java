package id.lumbung.recommendation;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The target region is Kab. Bangka Barat (19.05), which no other test uses. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RecommendationTest {

    private static final String TARGET = "19.05";

    private static String publish(Innovations innovation) {
        Api.admin().body(innovation.withStatus("published").json()).post("/api/v1/innovations").then().statusCode(201);
        return innovation.slug();
    }

    private static void indicator(String path, String indicator, double value) {
        Api.reviewer().body(Map.of("indicator", indicator, "period", "2090-03", "value", value))
                .put("/api/v1/regions/" + path + "/indicators").then().statusCode(200);
    }

    @Test
    void recommendsWhatFitsTheRegionWithReasonsAndLeavesOutWhatItHas() {
        indicator("nasional", "persen_miskin_ekstrem", 1.0);
        indicator("nasional", "persen_miskin", 9.0);
        indicator(TARGET, "persen_miskin_ekstrem", 4.0);
        indicator(TARGET, "persen_miskin", 12.0);
        indicator("19.03", "persen_miskin", 11.0);

        String nearby = publish(anInnovation().inRegion("19.02").with("themes", List.of("kemiskinan-ekstrem"))
                .with("tahapan", "penerapan").with("awards", List.of("Top 45 KIPP 2021")));
        String provenElsewhere = publish(anInnovation().inRegion("52.01").with("themes", List.of("kemiskinan-ekstrem", "umkm")));
        Replications.createId(provenElsewhere, "19.03", "diterapkan", "2023-01-01");
        String alreadyReplicated = publish(anInnovation().inRegion("52.01").with("themes", List.of("kemiskinan-ekstrem")));
        Replications.createId(alreadyReplicated, TARGET, "studi_tiru", "2023-01-01");
        String own = publish(anInnovation().inRegion(TARGET).with("themes", List.of("kemiskinan-ekstrem")));
        Innovations draft = anInnovation().inRegion("19.02").with("themes", List.of("kemiskinan-ekstrem"));
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        String unrelated = publish(anInnovation().inRegion("52.01").with("themes", List.of("lingkungan")));

        String near = "items.find { it.slug == '" + nearby + "' }";
        String proven = "items.find { it.slug == '" + provenElsewhere + "' }";
        Api.anonymous().queryParam("limit", 50).get("/api/v1/regions/" + TARGET + "/recommendations").then()
                .statusCode(200)
                .body("region_code", equalTo(TARGET))
                .body(near + ".reasons.need_match", hasItem("persen_miskin_ekstrem"))
                .body(near + ".reasons.same_province", equalTo(true))
                .body(near + ".reasons.tahapan", equalTo("penerapan"))
                .body(near + ".reasons.awards", equalTo(1))
                .body(near + ".alasan[0]", equalTo("Persentase penduduk miskin ekstrem di daerah ini 4 % pada Maret 2090, di atas angka"
                        + " nasional 1 % pada Maret 2090"))
                .body(near + ".explanations[0].code", equalTo("need_daerah"))
                .body(proven + ".reasons.similar_regions_adopted", equalTo(1))
                .body(proven + ".reasons.proven_replications", equalTo(1))
                .body(proven + ".alasan", hasItem(containsString("daerah serupa sudah menerapkannya")))
                .body("items.slug", not(hasItem(alreadyReplicated)))
                .body("items.slug", not(hasItem(own)))
                .body("items.slug", not(hasItem(draft.slug())))
                .body("items.slug", not(hasItem(unrelated)));

        Api.anonymous().get("/api/v1/regions/99.99/recommendations").then().statusCode(404);
        Api.anonymous().get("/api/v1/regions/jatim/recommendations").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        Api.anonymous().queryParam("limit", "banyak").get("/api/v1/regions/" + TARGET + "/recommendations").then().statusCode(400);
    }

    /**
     * A kabupaten without indicator figures of its own reads its needs from its province's (RecommendationService's
     * fallback), says so in the API ({@code basis: provinsi}, reason {@code need_provinsi}) and in a notice on its
     * page. Maluku (81) and its regions are used by no other test and have no demo figures; the period is one no
     * other test writes.
     */
    @Test
    void aRegionWithoutFiguresOfItsOwnReadsItsProvincesAndSaysSo() {
        String region = "81.01";
        String period = "2089-09";
        Api.anonymous().get("/api/v1/regions/" + region).then().statusCode(200).body("indicators", org.hamcrest.Matchers.empty());
        Api.reviewer().body(Map.of("indicator", "persen_miskin_ekstrem", "period", period, "value", 0.85))
                .put("/api/v1/regions/nasional/indicators").then().statusCode(200);
        indicatorIn("81", "persen_miskin_ekstrem", period, 4.2);
        // Replicated, on the needed theme and awarded: among the candidates loaded first whatever else the suite recorded.
        String candidate = publish(anInnovation().inRegion("81.03").with("themes", List.of("kemiskinan-ekstrem"))
                .with("tahapan", "penerapan").with("awards", List.of("Top 45 KIPP 2021", "Top 99 KIPP 2020", "IGA 2022")));
        Replications.createId(candidate, "81.02", "diterapkan", "2023-01-01");

        String item = "items.find { it.slug == '" + candidate + "' }";
        Api.anonymous().queryParam("limit", 50).get("/api/v1/regions/" + region + "/recommendations").then().statusCode(200)
                .body("basis", equalTo("provinsi"))
                .body(item + ".explanations[0].code", equalTo("need_provinsi"))
                .body(item + ".alasan[0]", equalTo("Persentase penduduk miskin ekstrem di provinsi daerah ini 4,2 % pada September"
                        + " 2089, di atas angka nasional 0,85 % pada September 2089; data daerah ini sendiri belum ada"));
        String regionName = Api.anonymous().get("/api/v1/regions/" + region).then().extract().path("name");
        String provinceName = Api.anonymous().get("/api/v1/regions/81").then().extract().path("name");
        String page = io.restassured.RestAssured.given().queryParam("lang", "id").get("/daerah/" + region).then().statusCode(200)
                .extract().asString();
        java.util.regex.Matcher notice = java.util.regex.Pattern.compile("<p class=\"notice\">([^<]*)</p>").matcher(page);
        assertEquals(true, notice.find(), "the page has a notice");
        assertEquals("Data indikator " + regionName + " sendiri belum ada; kebutuhannya dibaca dari data Provinsi " + provinceName + ".",
                notice.group(1));
        assertEquals(false, notice.find(), "one notice only");
        assertEquals(true, page.contains("href=\"/inovasi/" + candidate + "\""), "the candidate is recommended on the page");
    }

    private static void indicatorIn(String path, String indicator, String period, double value) {
        Api.reviewer().body(Map.of("indicator", indicator, "period", period, "value", value))
                .put("/api/v1/regions/" + path + "/indicators").then().statusCode(200);
    }

    /** A curator's replication is no evidence until a reviewer publishes it (decision 130). */
    @Test
    void aReplicationUnderReviewIsNoEvidence() {
        indicator("nasional", "persen_miskin_ekstrem", 1.0);
        indicator(TARGET, "persen_miskin_ekstrem", 4.0);
        // In the target's province, at penerapan and awarded: near the top of the list whatever else the suite has recorded.
        String candidate = publish(anInnovation().inRegion("19.02").with("themes", List.of("kemiskinan-ekstrem"))
                .with("tahapan", "penerapan").with("awards", List.of("Top 45 KIPP 2021")));
        int replication = Api.curator().body(Map.of("source_slug", candidate, "adopter_region_code", "19.04", "status", "diterapkan"))
                .post("/api/v1/replications").then().statusCode(201).extract().path("id");
        String item = "items.find { it.slug == '" + candidate + "' }";
        Api.anonymous().queryParam("limit", 50).get("/api/v1/regions/" + TARGET + "/recommendations").then().statusCode(200)
                .body(item + ".slug", equalTo(candidate))
                .body(item + ".reasons.proven_replications", equalTo(null));
        Api.reviewer().body(Map.of("publication", "published")).post("/api/v1/replications/" + replication + "/publication")
                .then().statusCode(200);
        Api.anonymous().queryParam("limit", 50).get("/api/v1/regions/" + TARGET + "/recommendations").then().statusCode(200)
                .body(item + ".reasons.proven_replications", equalTo(1));
    }
}
