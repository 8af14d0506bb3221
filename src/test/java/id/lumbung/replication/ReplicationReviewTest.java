package id.lumbung.replication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Replications go through review (decision 130): a curator records and changes them, the public sees them once a
 * reviewer or an admin has published them; reviewers' own records are public at once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReplicationReviewTest {

    private static final String NDJSON = "application/x-ndjson";

    private static int recordAsCurator(String source, String adopter, String status) {
        return Api.curator().body(Map.of("source_slug", source, "adopter_region_code", adopter, "status", status))
                .post("/api/v1/replications").then().statusCode(201).body("publication", equalTo("in_review"))
                .extract().path("id");
    }

    private static void move(io.restassured.specification.RequestSpecification who, int id, String publication, int status) {
        who.body(Map.of("publication", publication)).post("/api/v1/replications/" + id + "/publication").then().statusCode(status);
    }

    @Test
    void aCuratorsRecordIsPublicOnlyOnceAReviewerPublishesIt() {
        String source = Replications.publishedInnovation("35.22");
        int id = recordAsCurator(source, "35.23", "studi_tiru");
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(404);
        Api.anonymous().queryParam("source", source).get("/api/v1/replications").then().statusCode(200).body("total", equalTo(0));
        Api.curator().queryParam("source", source).queryParam("publication", "in_review").get("/api/v1/replications").then()
                .statusCode(200).body("items.id", hasItem(id));

        move(Api.curator(), id, "published", 403);
        move(Api.reviewer(), id, "published", 200);
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(200).body("publication", equalTo("published"));

        // A curator's new step takes the replication back to review; the public no longer sees it until it is published.
        Api.curator().body(Map.of("status", "kesepakatan", "date", "2024-02-01", "note", "Nota kesepahaman"))
                .post("/api/v1/replications/" + id + "/transitions").then().statusCode(200).body("publication", equalTo("in_review"));
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(404);
        move(Api.admin(), id, "published", 200);
        // A reviewer's change keeps the record published.
        Api.reviewer().body(Map.of("status", "uji_coba", "date", "2024-05-01")).post("/api/v1/replications/" + id + "/transitions")
                .then().statusCode(200).body("publication", equalTo("published"));
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(200).body("status", equalTo("uji_coba"))
                .body("history", hasSize(3));
        Api.curator().body(Map.of("notes", "Catatan kurator")).put("/api/v1/replications/" + id).then().statusCode(200)
                .body("publication", equalTo("in_review"));
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(404);
    }

    /**
     * A curator's replication sent back to draft is in no public answer, in no format (JSON, NDJSON, CSV, HTML in both
     * languages, PDF, the search index), for anonymous callers and API keys alike; once a reviewer publishes it, every
     * one of them shows it exactly once.
     */
    @Test
    void aCuratorsDraftIsAbsentFromEveryPublicPathAndFormatUntilAReviewerPublishesIt() throws IOException {
        String word = "draftreplikasi" + System.nanoTime() % 1_000_000;
        String source = Replications.publishedInnovation("35.73");
        String sourceName = Api.anonymous().get("/api/v1/innovations/" + source).then().extract().path("name");
        String adopter = Api.anonymous().get("/api/v1/regions/19.05").then().statusCode(200).extract().path("name");
        int id = Api.curator().body(Map.of("source_slug", source, "adopter_region_code", "19.05", "status", "uji_coba",
                "date", "2024-03-01", "notes", "Catatan " + word,
                "adaptation", Map.of("changed", List.of("Sasaran " + word))))
                .post("/api/v1/replications").then().statusCode(201).body("publication", equalTo("in_review")).extract().path("id");
        move(Api.reviewer(), id, "draft", 200);
        String key = ApiKeys.create(List.of(), null).path("key");
        List<Supplier<RequestSpecification>> publicCallers = List.of(Api::anonymous, () -> Api.anonymous().header("X-API-Key", key));

        // Each answer with what would show the replication in it: its own words, or in lists that show no notes, the
        // adopter (which only this replication brings into the comparison) or the link to the replication.
        Map<String, String> marked = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/replications?source=" + source, "/api/v1/innovations/" + source + "/replications",
                "/api/v1/regions/19.05/replications", "/api/v1/replications/export", "/api/v1/replications/export?format=csv",
                "/inovasi/" + source, "/inovasi/" + source + "?lang=en")) {
            marked.put(path, word);
        }
        marked.put("/bandingkan?slug=" + source, adopter);
        // The adopter's region page and /replikasi list replications, each linked to its place on the source's page
        // (the source's name alone may be there as a recommendation).
        for (String path : List.of("/daerah/19.05", "/daerah/19.05?lang=en", "/replikasi?province=19&source=" + source,
                "/replikasi?province=19&source=" + source + "&lang=en")) {
            marked.put(path, "/inovasi/" + source + "#replikasi-" + id);
        }
        Map<String, Integer> none = new LinkedHashMap<>();
        marked.keySet().forEach(path -> none.put(path, 0));
        for (Supplier<RequestSpecification> caller : publicCallers) {
            assertEquals(none, occurrences(caller, marked));
            caller.get().get("/api/v1/replications/" + id).then().statusCode(404);
            caller.get().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(0));
            caller.get().get("/api/v1/innovations/" + source + "/lineage").then().statusCode(200)
                    .body("replications", hasSize(0)).body("size", equalTo(0));
            caller.get().queryParam("source_region", "35.73").get("/api/v1/replications/analytics").then().statusCode(200)
                    .body("funnel.total", equalTo(0));
            caller.get().queryParam("q", sourceName).get("/api/v1/search").then().statusCode(200)
                    .body("hits.find { it.slug == '" + source + "' }.replication_count", equalTo(0));
        }
        assertEquals(0, occurrences(pdfText("/inovasi/" + source + "/ringkasan.pdf"), adopter));
        // Staff see the draft where they work.
        Api.curator().queryParam("source", source).queryParam("publication", "draft").get("/api/v1/replications").then()
                .body("items.id", equalTo(List.of(id)));

        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("publication", "published"))
                .post("/api/v1/replications/" + id + "/publication").then().statusCode(200).body("publication", equalTo("published"));
        // JSON and NDJSON carry the notes, the first step's note (the same words) and the adaptation; CSV the notes and
        // the steps; the page the notes and the adaptation; the comparison and the region page the adopter or the source
        // once; /replikasi its row once.
        Map<String, Integer> expected = new LinkedHashMap<>();
        marked.keySet().forEach(path -> expected.put(path, 3));
        expected.put("/api/v1/replications/export?format=csv", 2);
        expected.put("/inovasi/" + source, 2);
        expected.put("/inovasi/" + source + "?lang=en", 2);
        for (String path : List.of("/bandingkan?slug=" + source, "/daerah/19.05", "/daerah/19.05?lang=en",
                "/replikasi?province=19&source=" + source, "/replikasi?province=19&source=" + source + "&lang=en")) {
            expected.put(path, 1);
        }
        for (Supplier<RequestSpecification> caller : publicCallers) {
            assertEquals(expected, occurrences(caller, marked));
            caller.get().get("/api/v1/replications/" + id).then().statusCode(200).body("notes", equalTo("Catatan " + word));
            caller.get().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(1));
            caller.get().get("/api/v1/innovations/" + source + "/lineage").then().statusCode(200)
                    .body("replications.replication_id", equalTo(List.of(id))).body("size", equalTo(1));
            caller.get().queryParam("source_region", "35.73").get("/api/v1/replications/analytics").then().statusCode(200)
                    .body("funnel.total", equalTo(1));
            caller.get().queryParam("q", sourceName).get("/api/v1/search").then().statusCode(200)
                    .body("hits.find { it.slug == '" + source + "' }.replication_count", equalTo(1))
                    .body("hits.find { it.slug == '" + source + "' }.best_replication_status", equalTo("uji_coba"));
        }
        assertEquals(1, occurrences(pdfText("/inovasi/" + source + "/ringkasan.pdf"), adopter));
    }

    private static Map<String, Integer> occurrences(Supplier<RequestSpecification> caller, Map<String, String> marked) {
        Map<String, Integer> found = new LinkedHashMap<>();
        marked.forEach((path, marker) -> found.put(path,
                occurrences(caller.get().get(path).then().statusCode(200).extract().asString(), marker)));
        return found;
    }

    private static int occurrences(String text, String word) {
        return (int) Arrays.stream(text.split(java.util.regex.Pattern.quote(word), -1)).count() - 1;
    }

    private static String pdfText(String path) throws IOException {
        byte[] pdf = Api.anonymous().get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void aReviewerSendsWorkBackAndTheCuratorSubmitsItAgain() {
        String source = Replications.publishedInnovation("35.24");
        int id = recordAsCurator(source, "35.25", "minat");
        move(Api.reviewer(), id, "draft", 200);
        move(Api.curator(), id, "published", 403);
        move(Api.curator(), id, "in_review", 200);
        move(Api.reviewer(), id, "published", 200);
        Api.reviewer().body(Map.of("publication", "in_review")).post("/api/v1/replications/" + id + "/publication").then()
                .statusCode(409).body("allowed_next", equalTo(List.of("draft")));
        move(Api.curator(), id, "draft", 403);
        Api.reviewer().body(Map.of("publication", "archived")).post("/api/v1/replications/" + id + "/publication").then()
                .statusCode(409);
        Api.reviewer().body(Map.of("publication", "terbit")).post("/api/v1/replications/" + id + "/publication").then()
                .statusCode(400);
        Api.reviewer().body(Map.of("source_slug", source, "adopter_region_code", "35.26", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201).body("publication", equalTo("published"));
    }

    @Test
    void aCuratorsImportWaitsForReview() {
        String source = Replications.publishedInnovation("35.27");
        String lines = "{\"source_slug\":\"" + source + "\",\"adopter_region_code\":\"35.28\",\"status\":\"minat\"}\n"
                + "{\"source_slug\":\"" + source + "\",\"adopter_region_code\":\"35.29\",\"status\":\"studi-tiru\"}\n";
        Api.curator().contentType(NDJSON).body(lines).post("/api/v1/replications/import").then().statusCode(200)
                .body("created", equalTo(2));
        Api.anonymous().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(0));
        Api.curator().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(2))
                .body("items.publication", equalTo(List.of("in_review", "in_review")));
    }

    @Test
    void anAdopterWrittenAsANameOfARecordedRegionIsAPossibleDuplicate() {
        String source = Replications.publishedInnovation("35.71");
        Replications.createId(source, "33.16", "minat", null);
        Api.curator().body(Map.of("source_slug", source, "adopter_name", "Pemkab Blora", "adopter_country", "ID", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("candidates[0].adopter", equalTo("Kabupaten Blora"))
                .body("candidates[0].reason", equalTo("adopter_named_as_region"));
        Api.curator().queryParam("confirm_duplicate", true)
                .body(Map.of("source_slug", source, "adopter_name", "Pemkab Blora", "adopter_country", "ID", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201);
        // "Kota Bandung" is not Kabupaten Bandung; a name without a tier word is compared without them.
        Replications.createId(source, "32.04", "minat", null);
        Api.curator().body(Map.of("source_slug", source, "adopter_name", "Kota Bandung", "adopter_country", "ID", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201);
        Api.curator().body(Map.of("source_slug", source, "adopter_name", "kota  bandung.", "adopter_country", "ID", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(409)
                .body("candidates.reason", equalTo(List.of("same_adopter_name")));
    }

    @Test
    void anImportListsPossibleDuplicatesAndImportsThemOnlyWhenAllowed() {
        String source = Replications.publishedInnovation("35.72");
        Replications.createId(source, "33.17", "minat", null);
        String lines = "{\"source_slug\":\"" + source + "\",\"adopter_name\":\"Kabupaten Rembang\",\"adopter_country\":\"ID\",\"status\":\"minat\"}\n"
                + "{\"source_slug\":\"" + source + "\",\"adopter_region_code\":\"33.18\",\"status\":\"minat\"}\n";
        Api.curator().contentType(NDJSON).queryParam("dryRun", true).body(lines).post("/api/v1/replications/import").then()
                .statusCode(200).body("created", equalTo(2))
                .body("possible_duplicates.line", equalTo(List.of(1)))
                .body("possible_duplicates[0].candidates[0].adopter", equalTo("Kabupaten Rembang"));
        Api.curator().contentType(NDJSON).body(lines).post("/api/v1/replications/import").then().statusCode(409)
                .body("candidates[0].line", equalTo(1));
        Api.anonymous().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(1));
        Api.curator().contentType(NDJSON).queryParam("allow_duplicates", true).body(lines).post("/api/v1/replications/import")
                .then().statusCode(200).body("created", equalTo(2)).body("possible_duplicates", hasSize(0));
        Api.curator().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(3))
                .body("items.adopter.name", equalTo(List.of("Kabupaten Rembang", "Kabupaten Rembang", "Kabupaten Pati")));
    }
}
