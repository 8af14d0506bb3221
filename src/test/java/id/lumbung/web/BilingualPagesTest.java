package id.lumbung.web;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** English versions on the pages and in the curator form; the region a search names, shown first. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BilingualPagesTest {

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    @Test
    void englishPagesShowTheEnglishVersionsAndIndonesianPagesTheOriginal() {
        String english = RestAssured.given().queryParam("lang", "en").get("/inovasi/laboratorium-kemiskinan-pekalongan")
                .then().statusCode(200).extract().asString();
        assertTrue(english.contains("<span lang=\"en\">Poverty Laboratory</span>"), english);
        assertTrue(english.contains("<div class=\"lead\" lang=\"en\"><p class=\"written\">The Bappeda Litbang (regional planning and research agency)"),
                english);
        String indonesian = RestAssured.get("/inovasi/laboratorium-kemiskinan-pekalongan").then().statusCode(200).extract().asString();
        assertTrue(indonesian.contains("<span lang=\"id\">Laboratorium Kemiskinan</span>"));
        assertTrue(!indonesian.contains("Poverty Laboratory"));
    }

    @Test
    void anEnglishPageShowsIndonesianTextMarkedAsSuchWhereThereIsNoTranslation() {
        Innovations entry = anInnovation().withStatus("published").with("name", "Program Tanpa Terjemahan")
                .with("problem", "Masalah yang belum diterjemahkan.");
        Api.admin().queryParam("wait_for", "indexed").body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        String page = RestAssured.given().queryParam("lang", "en").get("/inovasi/" + entry.slug()).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<span lang=\"id\">Program Tanpa Terjemahan</span>"), page);
        assertTrue(page.contains("<div lang=\"id\"><p class=\"written\">Masalah yang belum diterjemahkan.</p>"), page);
    }

    @Test
    void englishResultsShowEnglishNamesAndSnippets() {
        String page = RestAssured.given().queryParam("q", "poverty laboratory").queryParam("lang", "en").get("/cari").then()
                .statusCode(200).extract().asString();
        // Message files are read as UTF-8 text, not as Java properties: an escaped quote mark would be shown as written.
        assertTrue(page.matches("(?s).*\\d+ results for \u201cpoverty laboratory\u201d.*"), page);
        int first = page.indexOf("<li class=\"hit\">");
        String firstHit = page.substring(first, page.indexOf("</li>", first));
        assertTrue(firstHit.contains("href=\"/inovasi/laboratorium-kemiskinan-pekalongan\" ping=\"/api/v1/search/clicks?q=poverty+laboratory&amp;slug=laboratorium-kemiskinan-pekalongan\" lang=\"en\">Poverty Laboratory</a>"), firstHit);
        assertTrue(firstHit.contains("<p class=\"snippet\" lang=\"en\">"), firstHit);
        assertTrue(firstHit.contains("<mark>Poverty</mark> <mark>Laboratory</mark>"), firstHit);
    }

    @Test
    void aSearchForARegionShowsTheRegionFirstWithALinkToItsProfile() {
        String page = RestAssured.given().queryParam("q", "Kukar").get("/cari").then().statusCode(200).extract().asString();
        int card = page.indexOf("<aside class=\"region-card\"");
        int hits = page.indexOf("<ol class=\"hits\">");
        assertTrue(card > 0 && hits > card, "the region card comes before the results");
        assertTrue(page.substring(card, hits).contains("<a href=\"/daerah/64.02\">Kabupaten Kutai Kartanegara</a>"));
        assertTrue(page.substring(card, hits).contains("Provinsi Kalimantan Timur"));

        String none = RestAssured.given().queryParam("q", "Ketapang").get("/cari").then().statusCode(200).extract().asString();
        assertTrue(none.contains("<a href=\"/daerah/61.04\">Kabupaten Ketapang</a>"), "a region without innovations too");
    }

    @Test
    void theCuratorFormAsksForTheEnglishVersionsAfterTheTextsTheyTranslate() {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        String html = FormSignIn.as("kurator", Api.STAFF_PASSWORD).request().get("/kurator/inovasi/baru").then()
                .statusCode(200).extract().asString();
        int save = html.indexOf("<button type=\"submit\">Simpan</button>");
        int identity = html.indexOf("<legend>Identitas</legend>");
        int outcomes = html.indexOf("name=\"outcomes\"");
        int english = html.indexOf("<legend>Versi bahasa Inggris (opsional)</legend>");
        assertTrue(save > 0 && save < identity && save < html.indexOf("name=\"add\""),
                "the form's default button (Enter in a field) saves, at the top of the form");
        assertTrue(identity < outcomes && outcomes < english, "the English versions come after the texts they translate");
        String section = html.substring(english, html.indexOf("</fieldset>", english));
        assertTrue(section.contains("name=\"name_en\"") && section.contains("name=\"outcomes_en\"") && !section.contains("<button"),
                section);
        assertEquals(2, html.split("<button type=\"submit\">Simpan</button>", -1).length - 1, "one save button above, one below");
    }

    @Test
    void curatorsEditTheEnglishVersionsInTheForm() {
        Innovations entry = anInnovation();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        FormSignIn signIn = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String html = signIn.request().get("/kurator/inovasi/" + entry.slug()).then().statusCode(200).extract().asString();
        for (String field : new String[] {"name_en", "summary_en", "problem_en", "approach_en", "outcomes_en"}) {
            assertTrue(html.contains("name=\"" + field + "\""), field);
        }
        Map<String, String> form = new HashMap<>(Map.of("name", "Inovasi Uji", "summary", "Ringkasan uji.",
                "region", "33.14", "level", "kabupaten", "themes", "kemiskinan"));
        form.putAll(Map.of("name_en", "Test Innovation", "summary_en", "A test summary.", "outcomes_en", "Outcomes in English."));
        signIn.postForm("/kurator/inovasi/" + entry.slug(), form).then().statusCode(303);
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200)
                .body("name_en", equalTo("Test Innovation")).body("summary_en", equalTo("A test summary."))
                .body("outcomes_en", equalTo("Outcomes in English.")).body("problem_en", equalTo(null));
    }
}
