package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class InnovationImportTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo data names a few kecamatan and desa; they are imported from idn-area-data's CSV first. */
    @BeforeEach
    void importSmallRegionsOfTheDataset() {
        Api.admin().contentType("text/csv").body(DemoCatalogue.csvRows("districts.csv"))
                .post("/api/v1/regions/import").then().statusCode(200).body("type", equalTo("kecamatan"));
        Api.admin().contentType("text/csv").body(DemoCatalogue.csvRows("villages.csv"))
                .post("/api/v1/regions/import").then().statusCode(200).body("type", equalTo("desa"))
                .body("rows", equalTo(2));
    }

    @Test
    void theWholeDatasetImportsOnceAndThenChangesNothing() throws IOException {
        String dataset = DemoCatalogue.resource("/demo/innovations.jsonl");
        long lines = dataset.lines().filter(l -> !l.isBlank()).count();
        assertEquals(122, lines);

        var first = Api.admin().contentType(NDJSON).body(dataset).post("/api/v1/innovations/import")
                .then().statusCode(200).body("lines", equalTo(122)).body("dry_run", equalTo(false)).extract();
        int created = first.path("created");
        int updated = first.path("updated");
        int unchanged = first.path("unchanged");
        assertEquals(122, created + updated + unchanged);

        Api.admin().contentType(NDJSON).body(dataset).post("/api/v1/innovations/import")
                .then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(122));

        Api.admin().queryParam("status", "draft").queryParam("limit", 100).get("/api/v1/innovations")
                .then().statusCode(200).body("items.slug", hasItem("gertak-trenggalek"));
        Api.admin().get("/api/v1/innovations/bumdes-panggung-lestari-panggungharjo").then().statusCode(200)
                .body("region.code", equalTo("34.02.15.2004"))
                .body("region.name", equalTo("Desa Panggungharjo"))
                .body("province.code", equalTo("34"));
        Api.admin().get("/api/v1/innovations/pkh-kemensos").then().statusCode(200)
                .body("owner_name", equalTo("Kementerian Sosial"));
    }

    @Test
    void exportReimportsUnchanged() throws IOException {
        List<Innovations> entries = List.of(anInnovation(), anInnovation().with("awards", List.of("Juara 1 2021")));
        String file = ndjson(entries.stream().map(Innovations::json).toList());
        Api.curator().contentType(NDJSON).body(file).post("/api/v1/innovations/import").then().statusCode(200)
                .body("created", equalTo(2));

        String export = Api.curator().queryParam("format", "ndjson").queryParam("status", "draft")
                .get("/api/v1/innovations/export").then().statusCode(200).extract().asString();
        String ours = export.lines().filter(l -> entries.stream().anyMatch(e -> l.contains(e.slug())))
                .collect(Collectors.joining("\n"));
        Api.curator().contentType(NDJSON).body(ours).post("/api/v1/innovations/import").then().statusCode(200)
                .body("lines", equalTo(2)).body("unchanged", equalTo(2));

        String csv = Api.curator().queryParam("format", "csv").queryParam("status", "draft")
                .get("/api/v1/innovations/export").then().statusCode(200).extract().asString();
        assertEquals("slug", csv.lines().findFirst().orElseThrow().split(",")[0]);
        assertTrue(csv.contains(entries.get(1).slug()));
    }

    @Test
    void thePublicExportImportedBackKeepsThePersonalContactsItLeavesOut() throws IOException {
        Innovations entry = anInnovation().withStatus("published")
                .with("contacts", List.of(Map.of("name", "Sri", "phone", "08123456789")));
        Api.reviewer().contentType(NDJSON).body(ndjson(List.of(entry.json()))).post("/api/v1/innovations/import")
                .then().statusCode(200).body("created", equalTo(1));
        String line = Api.anonymous().queryParam("format", "ndjson").get("/api/v1/innovations/export").then()
                .statusCode(200).extract().asString().lines().filter(l -> l.contains(entry.slug())).findFirst().orElseThrow();
        assertFalse(line.contains("contacts"), line);

        Api.reviewer().contentType(NDJSON).body(line).post("/api/v1/innovations/import?dryRun=true").then().statusCode(200)
                .body("unchanged", equalTo(1)).body("updated", equalTo(0));
        Map<String, Object> translated = new java.util.LinkedHashMap<>(JSON.readValue(line, Map.class));
        translated.put("name_en", "In English");
        Api.reviewer().contentType(NDJSON).body(JSON.writeValueAsString(translated))
                .post("/api/v1/innovations/import").then().statusCode(200).body("updated", equalTo(1));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200)
                .body("name_en", equalTo("In English"))
                .body("contacts[0].phone", equalTo("08123456789"));

        Map<String, Object> cleared = new java.util.LinkedHashMap<>(translated);
        cleared.put("contacts", List.of());
        Api.reviewer().contentType(NDJSON).body(JSON.writeValueAsString(cleared)).post("/api/v1/innovations/import")
                .then().statusCode(200).body("updated", equalTo(1));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200).body("contacts", hasSize(0));
    }

    @Test
    void englishVersionsImportExportAndReimport() throws IOException {
        Innovations entry = anInnovation()
                .with("name_en", "Test Innovation in English")
                .with("summary_en", "A test programme against poverty, based on village data.")
                .with("problem_en", "Poor households were counted twice.")
                .with("approach_en", "One verified list.")
                .with("goals_en", "Fewer errors.")
                .with("benefits_en", "Aid reaches the right families.")
                .with("outcomes_en", "Errors fell by half.");
        Api.curator().contentType(NDJSON).body(ndjson(List.of(entry.json()))).post("/api/v1/innovations/import")
                .then().statusCode(200).body("created", equalTo(1));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200)
                .body("name_en", equalTo("Test Innovation in English"))
                .body("summary_en", equalTo("A test programme against poverty, based on village data."))
                .body("problem_en", equalTo("Poor households were counted twice."))
                .body("approach_en", equalTo("One verified list."))
                .body("goals_en", equalTo("Fewer errors."))
                .body("benefits_en", equalTo("Aid reaches the right families."))
                .body("outcomes_en", equalTo("Errors fell by half."));

        String export = Api.curator().queryParam("format", "ndjson").queryParam("status", "draft")
                .get("/api/v1/innovations/export").then().statusCode(200).extract().asString();
        String line = export.lines().filter(l -> l.contains(entry.slug())).findFirst().orElseThrow();
        Map<?, ?> exported = JSON.readValue(line, Map.class);
        for (String field : List.of("name_en", "summary_en", "problem_en", "approach_en", "goals_en", "benefits_en", "outcomes_en")) {
            assertEquals(entry.json().get(field), exported.get(field), field);
        }
        Api.curator().contentType(NDJSON).body(line).post("/api/v1/innovations/import").then().statusCode(200)
                .body("unchanged", equalTo(1));
        Api.curator().contentType(NDJSON).body(line.replace("Errors fell by half.", "Errors fell by a third."))
                .post("/api/v1/innovations/import").then().statusCode(200).body("updated", equalTo(1));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().body("outcomes_en", equalTo("Errors fell by a third."));

        String csv = Api.curator().queryParam("format", "csv").queryParam("status", "draft")
                .get("/api/v1/innovations/export").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",name_en,summary_en,outcomes_en"), csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("Test Innovation in English"));
    }

    @Test
    void anEnglishTextOverItsLimitIsALineError() throws IOException {
        Innovations entry = anInnovation().with("name_en", "x".repeat(301));
        List<Map<String, Object>> errors = Api.curator().contentType(NDJSON).body(ndjson(List.of(entry.json())))
                .post("/api/v1/innovations/import").then().statusCode(422).extract().path("errors");
        assertEquals(1, errors.size());
        assertEquals("name_en", errors.getFirst().get("field"));
        assertEquals(1, errors.getFirst().get("line"));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(404);
    }

    @Test
    void dryRunReportsButWritesNothing() throws IOException {
        Innovations entry = anInnovation();
        Api.curator().contentType(NDJSON).queryParam("dryRun", "true").body(ndjson(List.of(entry.json())))
                .post("/api/v1/innovations/import").then().statusCode(200)
                .body("dry_run", equalTo(true)).body("created", equalTo(1));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(404);
    }

    @Test
    void oneBadLineRejectsTheWholeFileAndNamesTheLine() throws IOException {
        Innovations good = anInnovation();
        Innovations unknownRegion = anInnovation().inRegion("99.99");
        String file = ndjson(List.of(good.json(), unknownRegion.json())) + "\n{\"slug\": \"rusak\", \"name\": 5\n";
        var problem = Api.curator().contentType(NDJSON).body(file).post("/api/v1/innovations/import")
                .then().statusCode(422).contentType("application/problem+json").extract();
        List<Map<String, Object>> errors = problem.path("errors");
        assertEquals(Set.of(2, 4), errors.stream().map(e -> (Integer) e.get("line")).collect(Collectors.toSet()));
        assertEquals("region_code", errors.stream().filter(e -> e.get("line").equals(2)).findFirst().orElseThrow().get("field"));
        Api.curator().get("/api/v1/innovations/" + good.slug()).then().statusCode(404);
    }

    @Test
    void invalidFieldsAndRepeatedSlugsAreLineErrors() throws IOException {
        Innovations entry = anInnovation();
        Map<String, Object> badTheme = anInnovation().with("themes", List.of("bukan-tema")).json();
        Map<String, Object> badYear = anInnovation().with("year_started", 1200).json();
        Map<String, Object> unknownField = anInnovation().with("rahasia", true).json();
        String file = ndjson(List.of(entry.json(), entry.json(), badTheme, badYear, unknownField));
        var errors = Api.curator().contentType(NDJSON).body(file).post("/api/v1/innovations/import")
                .then().statusCode(422).extract().<List<Map<String, Object>>>path("errors");
        Map<Integer, Object> fieldByLine = errors.stream()
                .collect(Collectors.toMap(e -> (Integer) e.get("line"), e -> e.get("field"), (a, b) -> a));
        assertEquals(Map.of(2, "slug", 3, "themes", 4, "year_started", 5, "rahasia"), fieldByLine);
    }

    @Test
    void curatorsCannotImportAsPublished() throws IOException {
        Innovations entry = anInnovation().withStatus("published");
        Api.curator().contentType(NDJSON).body(ndjson(List.of(entry.json()))).post("/api/v1/innovations/import")
                .then().statusCode(403).contentType("application/problem+json");
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(404);
    }

    @Test
    void anEmptyFileIsABadRequest() {
        Api.curator().contentType(NDJSON).body("\n\n").post("/api/v1/innovations/import").then().statusCode(400)
                .contentType("application/problem+json");
    }

    static String ndjson(List<Map<String, Object>> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> entry : entries) {
            out.append(JSON.writeValueAsString(entry)).append('\n');
        }
        return out.toString();
    }

    /** Past the importer's first flush (500 lines) entries are let go of; each keeps its audited creation. */
    @Test
    void aLargeFileIsWrittenAndAuditedToTheLastLine() throws IOException {
        List<Innovations> entries = new java.util.ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 520; i++) {
            Innovations entry = anInnovation().with("name", "Inovasi Impor Besar " + i)
                    .with("themes", List.of("kemiskinan", i % 2 == 0 ? "umkm" : "stunting"));
            entries.add(entry);
            file.append(JSON.writeValueAsString(entry.json())).append('\n');
        }
        Api.admin().contentType(NDJSON).queryParam("allow_duplicates", true).body(file.toString())
                .post("/api/v1/innovations/import").then().statusCode(200).body("created", equalTo(520));
        for (int i : new int[] {0, 499, 500, 519}) {
            String slug = entries.get(i).slug();
            Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200)
                    .body("name", equalTo("Inovasi Impor Besar " + i))
                    .body("themes", hasItem(i % 2 == 0 ? "umkm" : "stunting"));
            Api.curator().get("/api/v1/innovations/" + slug + "/history").then().statusCode(200)
                    .body("action", equalTo(List.of("created")))
                    .body("[0].changes.field", hasItem("themes"));
        }
    }

    @Test
    void aLargeImportLeavesTheCatalogueTablesAnalysed() throws Exception {
        long before = manualAnalyses();
        // Enough for the rule whatever earlier tests of this run left in the table (a fifth of what was analysed).
        int lines = (int) Math.max(CatalogueStatistics.ANALYSE_AFTER, Math.ceil(CatalogueStatistics.GROWTH * knownRows()));
        List<Map<String, Object>> entries = IntStream.range(0, lines).mapToObj(i -> anInnovation().json()).toList();
        Api.admin().contentType(NDJSON).queryParam("allow_duplicates", true).body(ndjson(entries))
                .post("/api/v1/innovations/import").then().statusCode(200).body("created", equalTo(lines));
        // In the background, after the import's commit; autovacuum's own analyses are counted apart.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (manualAnalyses() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(manualAnalyses() > before, "the innovation table was not analysed after the import");
    }

    /** The innovations counted or estimated, whichever is more (an analysis may have estimated more than there are). */
    private long knownRows() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select greatest((select count(*) from innovation), "
                        + "(select reltuples::bigint from pg_class where relname = 'innovation'))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long manualAnalyses() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select analyze_count from pg_stat_user_tables where relname = 'innovation'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
