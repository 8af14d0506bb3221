package id.lumbung.replication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReplicationImportTest {

    private static final String NDJSON = "application/x-ndjson";

    /** Lines in the shape of the source data's replications.jsonl, for a fresh source innovation. */
    private static String sourceDataLines(String slug) {
        return """
                {"source_slug": "%1$s", "adopter_region_name": "Kabupaten Blora", "adopter_region_code": "33.16", "adopter_province_name": "Jawa Tengah", "year": null, "status": "studi-tiru", "note": "Kunjungan studi referensi.", "source_urls": ["https://example.go.id/blora"], "adopter_name": null, "adopter_country": "ID"}
                {"source_slug": "%1$s", "adopter_region_name": "Provinsi Jawa Tengah", "adopter_region_code": "33", "adopter_province_name": "Jawa Tengah", "year": 2014, "status": "direncanakan", "note": "Rencana pengembangan.", "source_urls": [], "adopter_name": null, "adopter_country": "ID"}
                {"source_slug": "%1$s", "adopter_region_name": null, "adopter_region_code": null, "adopter_province_name": null, "year": 2017, "status": "studi-tiru", "note": "Delegasi Pakistan.", "source_urls": [], "adopter_name": "Provinsi Punjab", "adopter_country": "PK"}
                """.formatted(slug);
    }

    private static io.restassured.response.ValidatableResponse importLines(String body, boolean dryRun) {
        return Api.reviewer().contentType(NDJSON).queryParam("dryRun", dryRun).body(body)
                .post("/api/v1/replications/import").then();
    }

    @Test
    void datesTheSourceDoesNotGiveStayUnknownAndAYearStaysAYear() {
        String slug = Replications.publishedInnovation("52.01");
        importLines(sourceDataLines(slug), false).statusCode(200).body("created", equalTo(3));
        String blora = "items.find { it.adopter.region_code == '33.16' }";
        String jateng = "items.find { it.adopter.region_code == '33' }";
        Api.anonymous().queryParam("source", slug).get("/api/v1/replications").then().statusCode(200)
                .body(blora + ".year", equalTo(null)).body(blora + ".status_since", equalTo(null))
                .body(blora + ".history[0].date", equalTo(null))
                .body(jateng + ".year", equalTo(2014)).body(jateng + ".status_since", equalTo(null))
                .body(jateng + ".history[0].date", equalTo(null));
        // The stalled list counts a year-only step from the end of its year; an undated one is listed apart.
        long days = ChronoUnit.DAYS.between(LocalDate.of(2014, 12, 31), LocalDate.now());
        Api.curator().get("/api/v1/replications/stalled").then().statusCode(200)
                .body("items.find { it.replication.source.slug == '" + slug + "' && it.replication.adopter.region_code == '33' }"
                        + ".days_since_last_step", equalTo((int) days))
                .body("items.find { it.replication.source.slug == '" + slug + "' && it.replication.adopter.region_code == '33.16' }",
                        equalTo(null))
                .body("undated.find { it.source.slug == '" + slug + "' }.adopter.region_code", equalTo("33.16"));
    }

    @Test
    void importsTheSourceDataFormatAtomicallyAndIdempotently() {
        String slug = Replications.publishedInnovation("52.01");
        String lines = sourceDataLines(slug);
        importLines(lines, true).statusCode(200).body("dry_run", equalTo(true)).body("created", equalTo(3));
        Api.anonymous().queryParam("source", slug).get("/api/v1/replications").then().body("total", equalTo(0));

        importLines(lines, false).statusCode(200).body("created", equalTo(3)).body("unchanged", equalTo(0));
        importLines(lines, false).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(3));
        Api.anonymous().queryParam("source", slug).queryParam("adopter_region", "33").get("/api/v1/replications").then()
                .body("total", equalTo(2))
                .body("items.find { it.adopter.region_code == '33' }.status", equalTo("kesepakatan"))
                .body("items.find { it.adopter.region_code == '33.16' }.evidence[0].url", equalTo("https://example.go.id/blora"));

        // A later file moves one forward (a legal transition); an older status does not move it back.
        String progress = lines.replace("\"status\": \"studi-tiru\", \"note\": \"Kunjungan", "\"status\": \"diterapkan\", \"note\": \"Kunjungan")
                .replace("\"direncanakan\"", "\"studi-tiru\"");
        importLines(progress, false).statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(2));
        Api.anonymous().queryParam("source", slug).queryParam("adopter_region", "33").get("/api/v1/replications").then()
                .body("items.find { it.adopter.region_code == '33.16' }.status", equalTo("diterapkan"))
                .body("items.find { it.adopter.region_code == '33.16' }.history", hasSize(2))
                .body("items.find { it.adopter.region_code == '33' }.status", equalTo("kesepakatan"));
    }

    @Test
    void oneBadLineRejectsTheWholeFile() {
        String slug = Replications.publishedInnovation("52.01");
        String bad = sourceDataLines(slug)
                + "{\"source_slug\": \"tidak-ada\", \"adopter_region_code\": \"33.17\", \"status\": \"studi-tiru\"}\n"
                + "{\"source_slug\": \"" + slug + "\", \"adopter_region_code\": \"33.18\", \"status\": \"selesai\"}\n"
                + "{\"source_slug\": \"" + slug + "\", \"adopter_region_code\": \"33.16\", \"status\": \"minat\"}\n"
                + "{bukan json\n";
        importLines(bad, false).statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.line", org.hamcrest.Matchers.contains(4, 5, 6, 7))
                .body("errors.find { it.line == 4 }.field", equalTo("source_slug"))
                .body("errors.find { it.line == 5 }.field", equalTo("status"))
                .body("errors.find { it.line == 6 }.field", equalTo("adopter_region_code"));
        Api.anonymous().queryParam("source", slug).get("/api/v1/replications").then().body("total", equalTo(0));
        importLines("", false).statusCode(400);
    }

    @Test
    void anExportImportsBackWithItsHistory() {
        String slug = Replications.publishedInnovation("52.01");
        int id = Replications.createId(slug, "33.16", "minat", "2022-01-05");
        Replications.transition(id, "uji_coba", "2022-06-01", "Uji coba di 3 desa").statusCode(200);
        String exported = Api.curator().queryParam("format", "ndjson").get("/api/v1/replications/export").then()
                .statusCode(200).contentType(containsString(NDJSON)).extract().asString();
        String line = exported.lines().filter(l -> l.contains("\"" + slug + "\"")).findFirst().orElseThrow();
        assertTrue(line.contains("\"history\""), line);

        Api.admin().delete("/api/v1/replications/" + id).then().statusCode(204);
        importLines(line, false).statusCode(200).body("created", equalTo(1));
        int restored = Api.anonymous().queryParam("source", slug).get("/api/v1/replications").then()
                .body("total", equalTo(1)).extract().path("items[0].id");
        assertEquals(List.of("minat@2022-01-05", "uji_coba@2022-06-01"), Replications.history(restored));

        String csv = Api.anonymous().queryParam("format", "csv").get("/api/v1/replications/export").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("id,source_slug,source_name,"), csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains("," + slug + ","), "the CSV lists the replication; it has " + csv.lines().count()
                + " lines, the last: " + csv.lines().reduce((a, b) -> b).orElse(""));
        Api.anonymous().queryParam("format", "xlsx").get("/api/v1/replications/export").then().statusCode(400);
    }
}
