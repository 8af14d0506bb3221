package id.lumbung.web;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.recommendation.Reason;
import id.lumbung.recommendation.ReasonText;
import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * English versions on the pages and in the curator form; English counts that agree with their number; the region a
 * search names, shown first.
 */
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
    void theListsOnTheHomeReplicationAndEventPagesNameInnovationsInTheVisitsLanguage() {
        // The most replicated innovation: one more replication than the current first.
        Innovations entry = anInnovation().withStatus("published").with("name", "Program Paling Banyak Ditiru")
                .with("name_en", "The Most Copied Programme");
        Api.admin().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        List<Integer> counts = Api.anonymous().get("/api/v1/replications/analytics").then().statusCode(200).extract()
                .path("most_replicated.replications");
        int first = counts.isEmpty() ? 0 : counts.get(0);
        for (int i = 0; i <= first; i++) {
            Replications.createId(entry.slug(), Replications.kabupatenCodes().get(i), "minat", null);
        }
        String mostCopied = "<a href=\"/inovasi/" + entry.slug() + "\" lang=\"en\">The Most Copied Programme</a>";
        String mostCopiedId = "<a href=\"/inovasi/" + entry.slug() + "\" lang=\"id\">Program Paling Banyak Ditiru</a>";
        String presented = "<a href=\"/inovasi/uptpk-sragen\" lang=\"en\">Integrated Service Unit for Poverty Reduction</a>";
        String presentedId = "<a href=\"/inovasi/uptpk-sragen\" lang=\"id\">Unit Pelayanan Terpadu Penanggulangan Kemiskinan</a>";
        Map<String, String[]> expected = Map.of(
                "/", new String[] {mostCopied, mostCopiedId},
                "/replikasi", new String[] {mostCopied, mostCopiedId},
                "/replikasi?source=" + entry.slug(), new String[] {mostCopied, mostCopiedId},
                // Linked to the replication itself (#replikasi-<id>).
                "/daerah/" + Replications.kabupatenCodes().get(0), new String[] {"\" lang=\"en\">The Most Copied Programme</a>",
                    "\" lang=\"id\">Program Paling Banyak Ditiru</a>"},
                "/acara/p2p-learning-kemiskinan-ekstrem-kalbar-2023", new String[] {presented, presentedId});
        expected.forEach((path, links) -> {
            String english = RestAssured.given().cookie("lang", "en").get(path).then().statusCode(200).extract().asString();
            assertTrue(english.contains(links[0]), path + ": " + english);
            String indonesian = RestAssured.get(path).then().statusCode(200).extract().asString();
            assertTrue(indonesian.contains(links[1]), path + ": " + indonesian);
        });
    }

    @Test
    void aLearningEventIsShownInItsEnglishVersionOnEnglishPages() {
        String slug = "lokakarya-dwibahasa-" + System.nanoTime();
        // An innovation of its own, so the replication below duplicates no other test's.
        String innovation = Replications.publishedInnovation("33.14");
        Map<String, Object> event = new HashMap<>(Map.of("slug", slug, "name", "Lokakarya Belajar Bersama Ketapang",
                "name_en", "  Ketapang Peer Learning Workshop  ", "date", "2024-05-02",
                "presented_slugs", List.of(innovation), "participant_region_codes", List.of("61.04"),
                "summary", "Perangkat daerah mempelajari program ini.", "summary_en", "Regional agencies studied the programme.",
                "participants_note", "Bappeda Ketapang."));
        event.put("participants_note_en", " ");
        Api.admin().body(event).post("/api/v1/learning-events").then().statusCode(201)
                .body("name_en", equalTo("Ketapang Peer Learning Workshop"))
                .body("summary_en", equalTo("Regional agencies studied the programme."))
                .body("participants_note_en", equalTo(null));
        int replication = Replications.createId(innovation, "61.07", "studi_tiru", "2024-05-02");
        Api.admin().body(Map.of("learning_event", slug)).put("/api/v1/replications/" + replication).then().statusCode(200);

        String englishLink = "<a href=\"/acara/" + slug + "\" lang=\"en\">Ketapang Peer Learning Workshop</a>";
        String indonesianLink = "<a href=\"/acara/" + slug + "\" lang=\"id\">Lokakarya Belajar Bersama Ketapang</a>";
        // The innovation's page names the event twice: where it was presented, and as its replication's event.
        Map<String, Integer> links = Map.of("/acara", 1, "/daerah/61.04", 1, "/inovasi/" + innovation, 2, "/", 1);
        links.forEach((path, count) -> {
            String english = RestAssured.given().cookie("lang", "en").get(path).then().statusCode(200).extract().asString();
            assertEquals(count, english.split(java.util.regex.Pattern.quote(englishLink), -1).length - 1, path + ": " + english);
            String indonesian = RestAssured.get(path).then().statusCode(200).extract().asString();
            assertEquals(count, indonesian.split(java.util.regex.Pattern.quote(indonesianLink), -1).length - 1,
                    path + ": " + indonesian);
            assertTrue(!indonesian.contains("Ketapang Peer Learning Workshop"), path);
        });
        String english = RestAssured.given().cookie("lang", "en").get("/acara/" + slug).then().statusCode(200).extract()
                .asString();
        assertTrue(english.contains("<h1 lang=\"en\">Ketapang Peer Learning Workshop</h1>"), english);
        assertTrue(english.contains("<div lang=\"en\"><p class=\"written\">Regional agencies studied the programme.</p>"), english);
        // No English note: the Indonesian one is shown, marked as Indonesian.
        assertTrue(english.contains("<span lang=\"id\">Bappeda Ketapang.</span>"), english);
        String indonesian = RestAssured.get("/acara/" + slug).then().statusCode(200).extract().asString();
        assertTrue(indonesian.contains("<h1 lang=\"id\">Lokakarya Belajar Bersama Ketapang</h1>"), indonesian);
        assertTrue(indonesian.contains("<div lang=\"id\"><p class=\"written\">Perangkat daerah mempelajari program ini.</p>"),
                indonesian);
        assertTrue(!indonesian.contains("Regional agencies studied the programme."), indonesian);
    }

    @Test
    void theDemoLearningEventHasItsEnglishVersion() {
        String english = RestAssured.given().queryParam("lang", "en").get("/acara/p2p-learning-kemiskinan-ekstrem-kalbar-2023")
                .then().statusCode(200).extract().asString();
        assertTrue(english.contains("<h1 lang=\"en\">Peer-to-Peer Learning Workshop on Innovations and Good Practices "
                + "for Extreme Poverty in West Kalimantan Province</h1>"), english);
        assertTrue(english.contains("<div lang=\"en\"><p class=\"written\">A workshop opened by the Vice Governor of West Kalimantan"),
                english);
        assertTrue(english.contains("<span lang=\"en\">Regional government agencies of West Kalimantan Province"), english);
        // Sources are cited as written.
        assertTrue(english.contains("<ul lang=\"id\"><li>Sonora.id, 13 Juni 2023</li></ul>"), english);
    }

    @Test
    void theBriefIsPrintedInTheVisitsLanguage() throws java.io.IOException {
        String english = briefText("en");
        assertTrue(english.contains("Poverty Laboratory"), english);
        assertTrue(english.contains("The Bappeda Litbang (regional planning and research agency)"), english);
        assertTrue(!english.contains("Laboratorium Kemiskinan"), english);
        String indonesian = briefText("id");
        assertTrue(indonesian.contains("Laboratorium Kemiskinan"), indonesian);
        assertTrue(!indonesian.contains("Poverty Laboratory"), indonesian);
    }

    private static String briefText(String lang) throws java.io.IOException {
        byte[] pdf = RestAssured.given().queryParam("lang", lang).get("/inovasi/laboratorium-kemiskinan-pekalongan/ringkasan.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        try {
            return new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
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
    void anEnglishTextShowsWhereTheIndonesianOneIsEmptyAndAnIndonesianPageShowsItMarked() {
        Innovations englishOnly = anInnovation().withStatus("published").with("name", "Lumbung Beras Keluarga")
                .with("problem_en", "Families run out of rice.")
                .with("goals_en", "No family goes hungry.");
        Api.admin().queryParam("wait_for", "indexed").queryParam("confirm_duplicate", true).body(englishOnly.json()).post("/api/v1/innovations").then().statusCode(201);
        String english = RestAssured.given().queryParam("lang", "en").get("/inovasi/" + englishOnly.slug()).then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("<h2>Problem</h2><div lang=\"en\"><p class=\"written\">Families run out of rice.</p>"),
                english);
        assertTrue(english.contains("<h2>Goals</h2><div lang=\"en\"><p class=\"written\">No family goes hungry.</p>"),
                english);
        String indonesian = RestAssured.get("/inovasi/" + englishOnly.slug()).then().statusCode(200).extract().asString();
        assertTrue(indonesian.contains("<h2>Masalah</h2><div lang=\"en\"><p class=\"written\">Families run out of rice.</p>"),
                indonesian);

        Innovations both = anInnovation().withStatus("published").with("name", "Dapur Umum Desa Siaga")
                .with("problem", "Keluarga kehabisan beras.")
                .with("problem_en", "Families run out of rice.").with("goals_en", "No family goes hungry.");
        Api.admin().queryParam("wait_for", "indexed").queryParam("confirm_duplicate", true).body(both.json()).post("/api/v1/innovations").then().statusCode(201);
        english = RestAssured.given().queryParam("lang", "en").get("/inovasi/" + both.slug()).then().statusCode(200)
                .extract().asString();
        assertTrue(english.contains("<h2>Problem</h2><div lang=\"en\"><p class=\"written\">Families run out of rice.</p>"),
                english);
        assertTrue(english.contains("<h2>Goals</h2><div lang=\"en\"><p class=\"written\">No family goes hungry.</p>"),
                english);
        indonesian = RestAssured.get("/inovasi/" + both.slug()).then().statusCode(200).extract().asString();
        assertTrue(indonesian.contains("<h2>Masalah</h2><div lang=\"id\"><p class=\"written\">Keluarga kehabisan beras.</p>"),
                indonesian);
        assertTrue(!indonesian.contains("Families run out of rice."), "the Indonesian text comes first");
    }

    @Test
    void englishCountsAreSingularForOne() {
        String word = "zztunggal" + System.nanoTime() % 1_000_000;
        Innovations one = anInnovation().withStatus("published").with("summary", "Program " + word + " di desa.");
        Api.admin().queryParam("wait_for", "indexed").queryParam("confirm_duplicate", true).body(one.json()).post("/api/v1/innovations").then().statusCode(201);
        RestAssured.given().queryParam("q", word).queryParam("lang", "en").get("/cari").then().statusCode(200)
                .body(containsString("<h1 id=\"jumlah\">1 result for \u201c" + word + "\u201d</h1>"));
        RestAssured.given().queryParam("q", word).queryParam("lang", "id").get("/cari").then().statusCode(200)
                .body(containsString("<h1 id=\"jumlah\">1 hasil untuk \u201c" + word + "\u201d</h1>"));
        Innovations two = anInnovation().withStatus("published").with("summary", "Program " + word + " di kota.");
        Api.admin().queryParam("wait_for", "indexed").queryParam("confirm_duplicate", true).body(two.json()).post("/api/v1/innovations").then().statusCode(201);
        RestAssured.given().queryParam("q", word).queryParam("lang", "en").get("/cari").then().statusCode(200)
                .body(containsString("<h1 id=\"jumlah\">2 results for \u201c" + word + "\u201d</h1>"));

        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        String analytics = FormSignIn.as("kurator", Api.STAFF_PASSWORD).request().queryParam("lang", "en")
                .get("/kurator/pencarian").then().statusCode(200).extract().asString();
        assertTrue(analytics.contains("<option value=\"1\">Last week</option>"), analytics);
        assertTrue(analytics.contains("<option value=\"4\" selected>Last 4 weeks</option>"), analytics);
    }

    @Test
    void everyEnglishCountTextAgreesWithItsNumber() {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of("en"));
        BrowseText brw = MessageBundles.get(BrowseText.class, Localized.Literal.of("en"));
        FormText frm = MessageBundles.get(FormText.class, Localized.Literal.of("en"));
        assertEquals("1 result for \u201cair\u201d", msg.results_for("1", "air"));
        assertEquals("1,200 results for \u201cair\u201d", msg.results_for("1,200", "air"));
        assertEquals("1 innovation", msg.results_all("1"));
        assertEquals("11 innovations", msg.results_all("11"));
        assertEquals("At least 1 result for \u201cair\u201d", msg.results_for_at_least("1", "air"));
        assertEquals("At least 1 innovation", msg.results_all_at_least("1"));
        assertEquals("Stalled replications (no progress for 1 day)", msg.stalled(1));
        assertEquals("Stalled replications (no progress for 180 days)", msg.stalled(180));
        assertEquals("Median 1 day from interest to implementation (1 replication)", msg.median_days("1", 1));
        assertEquals("Median 1.5 days from interest to implementation (2 replications)", msg.median_days("1.5", 2));
        assertEquals("Last week", msg.search_analytics_weeks(1));
        assertEquals("Last 12 weeks", msg.search_analytics_weeks(12));
        assertEquals("Too many sign-in attempts with this name. Try again in 1 second.", msg.sign_in_locked(1));
        assertEquals("Too many sign-in attempts with this name. Try again in 30 seconds.", msg.sign_in_locked(30));
        assertEquals("Imported: 1 line; 1 new, 0 updated, 0 unchanged.", frm.import_summary(1, 1, 0, 0));
        assertEquals("Dry run, nothing saved: 2 lines; 2 new, 0 updated, 0 unchanged.", frm.import_summary_dry(2, 2, 0, 0));
        assertEquals("1 day", brw.days(1));
        assertEquals("1 replication", brw.count_replications(1));
    }

    @Test
    void englishPluralsInTheRecommendationReasons() {
        assertEquals("1 similar region has implemented it: Kabupaten Sambas", ReasonText.of(new Reason("similar_regions",
                Map.of("count", 1, "names", "Kabupaten Sambas")), Locale.ENGLISH));
        assertEquals("2 similar regions have implemented it: A, B", ReasonText.of(new Reason("similar_regions",
                Map.of("count", 2, "names", "A, B")), Locale.ENGLISH));
        assertEquals("Implemented or institutionalised by 1 other region or body",
                ReasonText.of(new Reason("proven", Map.of("count", 1)), Locale.ENGLISH));
        assertEquals("Implemented or institutionalised by 3 other regions or bodies",
                ReasonText.of(new Reason("proven", Map.of("count", 3)), Locale.ENGLISH));
        assertEquals("Won 1 award", ReasonText.of(new Reason("awards", Map.of("count", 1)), Locale.ENGLISH));
        assertEquals("Won 2 awards", ReasonText.of(new Reason("awards", Map.of("count", 2)), Locale.ENGLISH));
        assertEquals("Meraih 1 penghargaan", ReasonText.of(new Reason("awards", Map.of("count", 1)), Locale.ROOT));
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
