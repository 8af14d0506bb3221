package id.lumbung.search;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SearchApiTest {

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    private static JsonPath search(Map<String, ?> params) {
        return Api.anonymous().queryParams(params).get("/api/v1/search").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    /**
     * The demo innovations that say "memberdayakan" (two), "pemberdayaan", "berdaya" or "diberdayakan" in their
     * searchable text, and the two that write only "PKK", whose meaning (Pemberdayaan Kesejahteraan Keluarga) the index
     * holds (decision 215): all of them and nothing else. Those whose only "daya" is another word (budaya, swadaya) or
     * in a source URL (airku-kulon-progo, bela-beli-kulon-progo) are not found.
     */
    private static final Set<String> FORMS_OF_BERDAYA = Set.of("sip-banget-batu", "julak-wasi-tabalong", "prodamas-kediri",
            "pahlawan-ekonomi-surabaya", "smart-kampung-banyuwangi", "bumdes-panggung-lestari-panggungharjo",
            "desa-berdaya-ntb", "dewi-pero-konda-sbd", "probebaya-samarinda", "aceh-kreatif", "perak-ngada", "jatim-puspa",
            "pepadu-plus-ntb", "graduasi-brac-ntb", "jalin-matra-jatim", "keperantaraan-pasar-aceh-barat",
            "kalesang-kintal-kosong-ambon", "laskar-sakinah-banyuwangi", "sigap-aceh", "lorong-garden-makassar",
            "lorong-wisata-makassar", "anc-hipnoterapi-luwu-utara", "getar-dilan-luwu-utara",
            "kami-datang-penglihatan-terang-bali", "kampung-produktif-sawahlunto", "simidun-chating-faskes-hss",
            "bahteramas-sultra", "kanggo-riko-banyuwangi", "permata-hati-jombang", "sekoper-cinta-jabar",
            "gebrak-bimantika-bima", "kip-putri-jawara-jatim", "gayatri-bojonegoro", "pasti-daku-kawin-pasuruan",
            "ugd-kemiskinan-banyuwangi", "anggur-merah-ntt", "bumdes-tirta-mandiri-ponggok", "rbpk-kukar", "sekolah-ibu-bogor",
            "pasti-padu-sulbar", "masilambi-sulbar");

    @Test
    void indonesianStemmingMatchesOtherFormsOfAWord() {
        // Two entries say "memberdayakan" as written; the stem "daya" finds the other forms too.
        JsonPath result = search(Map.of("q", "memberdayakan", "limit", 100));
        assertEquals(FORMS_OF_BERDAYA.size(), result.getInt("total"));
        assertEquals(FORMS_OF_BERDAYA, Set.copyOf(result.getList("hits.slug", String.class)));
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        JsonPath result = search(Map.of("q", "Gertak"));
        assertEquals(List.of("gertak-trenggalek"), result.getList("hits.slug"));
        // The acronym is not in the name ("Gerakan Tengok Bawah Atasi Masalah Kemiskinan"): no name snippet.
        assertEquals(null, result.getString("hits[0].highlights.name"));
        assertTrue(result.getString("hits[0].highlights.summary").startsWith("Posko <mark>Gertak</mark> menampung laporan "
                + "warga tentang kemiskinan"), result.getString("hits[0].highlights.summary"));
        assertTrue(result.getString("hits[0].highlights.summary_en").startsWith("The <mark>Gertak</mark> posts take in "),
                result.getString("hits[0].highlights.summary_en"));
        assertEquals("35.03", result.getString("hits[0].region.code"));
        assertEquals("35", result.getString("hits[0].province.code"));
    }

    @Test
    void catalogueTextIsEscapedInSnippets() {
        Innovations hostile = anInnovation().withStatus("published")
                .with("name", "Inovasi <script>alert(1)</script> zzmarkup")
                .with("summary", "Ringkasan <img src=x onerror=alert(1)> zzmarkup & sebagainya.");
        Api.admin().queryParam("wait_for", "indexed").body(hostile.json()).post("/api/v1/innovations")
                .then().statusCode(201);
        JsonPath result = search(Map.of("q", "zzmarkup"));
        // Fields are data (JSON, escaped by whoever renders them); snippets are HTML, so their text is escaped.
        assertEquals(hostile.json().get("name"), result.getString("hits[0].name"));
        String name = result.getString("hits[0].highlights.name");
        String summary = result.getString("hits[0].highlights.summary");
        assertFalse(name.contains("<script>"), name);
        assertTrue(name.contains("&lt;script&gt;") && name.contains("<mark>zzmarkup</mark>"), name);
        assertFalse(summary.contains("<img"), summary);
        assertTrue(summary.contains("&lt;img"), summary);
    }

    @Test
    void provinceFilterIncludesItsKabupatenKotaAndFacetsIgnoreTheirOwnFilter() {
        JsonPath all = search(Map.of("q", "kemiskinan", "limit", 100));
        JsonPath jatim = search(Map.of("q", "kemiskinan", "province", "35", "limit", 100));
        assertTrue(jatim.getInt("total") <= 100, "one page holds every hit");
        assertEquals(Set.of("35"), Set.copyOf(jatim.getList("hits.province.code")));
        assertTrue(jatim.getList("hits.slug").contains("gertak-trenggalek"), "a kabupaten of Jawa Timur");
        assertEquals(facetCount(all, "province", "35"), jatim.getInt("total"));
        assertEquals(jatim.getInt("total"), jatim.getList("hits").size());
        // The province facet ignores its own filter, so the user can widen it: the counts of the unfiltered search.
        assertEquals(facetCounts(all, "province"), facetCounts(jatim, "province"));
        // Other facets are counted on the filtered results: exactly the hits' themes.
        assertEquals(countedValues(jatim, "hits.themes.flatten()"), facetCounts(jatim, "theme"));
        assertEquals("Provinsi Jawa Timur", jatim.getString("facets.province.find { it.value == '35' }.label"));
        // The catalogue is far below the exact-count limit: the figures are exact and say so.
        assertEquals("eq", jatim.getString("total_relation"));
        assertFalse(jatim.getBoolean("facets_sampled"));
    }

    @Test
    void withTwoFiltersEachFacetIgnoresOnlyItsOwnAndTheOthersCountTheHits() {
        JsonPath jatim = search(Map.of("q", "kemiskinan", "province", "35", "limit", 100));
        String theme = jatim.getString("facets.theme[0].value");
        JsonPath both = search(Map.of("q", "kemiskinan", "province", "35", "theme", theme, "limit", 100));
        JsonPath themeOnly = search(Map.of("q", "kemiskinan", "theme", theme, "limit", 100));
        assertTrue(both.getInt("total") > 0, both.prettify());
        assertTrue(both.getInt("total") <= 100, "one page holds every hit");
        assertEquals(both.getInt("total"), both.getList("hits").size());
        // Each filtered facet is counted as if its own filter were not set, the other one still applied.
        assertEquals(facetCounts(themeOnly, "province"), facetCounts(both, "province"));
        assertEquals(facetCounts(jatim, "theme"), facetCounts(both, "theme"));
        // An unfiltered facet counts exactly the hits.
        assertEquals(countedValues(both, "hits.tahapan"), facetCounts(both, "tahapan"));
    }

    /** How many hits have each value at a path (null values, of hits without one, are not counted). */
    private static Map<String, Integer> countedValues(JsonPath result, String path) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Object value : result.getList(path)) {
            if (value != null) {
                counts.merge(value.toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> facetCounts(JsonPath result, String dim) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        List<String> values = result.getList("facets." + dim + ".value", String.class);
        List<Integer> numbers = result.getList("facets." + dim + ".count", Integer.class);
        for (int i = 0; i < values.size(); i++) {
            counts.put(values.get(i), numbers.get(i));
        }
        return counts;
    }

    private static int facetCount(JsonPath result, String dim, String value) {
        Integer count = result.get("facets." + dim + ".find { it.value == '" + value + "' }.count");
        return count == null ? 0 : count;
    }

    @Test
    void regionAndThemeFiltersFindWhatTheCatalogueListsForThem() {
        // The same filters read from PostgreSQL (the innovations list) and from the index (search): the same entries.
        assertEquals(listed(Map.of("region", "35.03")), found(Map.of("region", "35.03")));
        assertTrue(found(Map.of("region", "35.03")).contains("gertak-trenggalek"));
        assertEquals(listed(Map.of("theme", "stunting")), found(Map.of("theme", "stunting")));
        assertTrue(found(Map.of("theme", "stunting")).containsAll(Set.of("banyuwangi-tanggap-stunting", "genting-bkkbn")));
    }

    private static Set<String> found(Map<String, String> filter) {
        Map<String, Object> params = new java.util.HashMap<>(filter);
        params.put("limit", 100);
        JsonPath result = search(params);
        assertTrue(result.getInt("total") <= 100, "one page holds every hit");
        return Set.copyOf(result.getList("hits.slug", String.class));
    }

    private static Set<String> listed(Map<String, String> filter) {
        JsonPath list = Api.anonymous().queryParams(filter).queryParam("limit", 100).get("/api/v1/innovations").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(list.getInt("total") <= 100, "one page holds every entry");
        return Set.copyOf(list.getList("items.slug", String.class));
    }

    @Test
    void theReplicatedFilterAndTheMostReplicatedSort() {
        Innovations once = anInnovation().withStatus("published").with("summary", "Program zzsalin yang direplikasi sekali.");
        Innovations twice = anInnovation().withStatus("published").with("summary", "Program zzsalin yang direplikasi dua kali.");
        Innovations never = anInnovation().withStatus("published").with("summary", "Program zzsalin yang belum direplikasi.");
        for (Innovations innovation : List.of(once, twice, never)) {
            Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        }
        for (String adopter : List.of("32.73", "61.04")) {
            Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("source_slug", twice.slug(),
                    "adopter_region_code", adopter, "status", "diterapkan")).post("/api/v1/replications").then().statusCode(201);
        }
        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("source_slug", once.slug(), "adopter_region_code", "32.73",
                "status", "diterapkan")).post("/api/v1/replications").then().statusCode(201);

        JsonPath replicated = search(Map.of("q", "zzsalin", "replicated", "true", "sort", "most_replicated"));
        assertEquals(List.of(twice.slug(), once.slug()), replicated.getList("hits.slug"));
        assertEquals(List.of(2, 1), replicated.getList("hits.replication_count", Integer.class));
        assertEquals(2, replicated.getInt("total"));
        JsonPath all = search(Map.of("q", "zzsalin", "sort", "most_replicated"));
        assertEquals(List.of(twice.slug(), once.slug(), never.slug()), all.getList("hits.slug"));
        assertEquals(List.of(2, 1, 0), all.getList("hits.replication_count", Integer.class));
    }

    @Test
    void exclusionsAloneLeaveEverythingElse() {
        JsonPath all = search(Map.of());
        JsonPath withoutJatim = search(Map.of("q", "-jatim"));
        // Exactly Jawa Timur's innovations are left out: the province facet counts none, and every other one stays.
        assertEquals(all.getInt("total") - facetCount(all, "province", "35"), withoutJatim.getInt("total"));
        assertEquals(0, facetCount(withoutJatim, "province", "35"));
        Map<String, Integer> others = facetCounts(all, "province");
        others.remove("35");
        assertEquals(others, facetCounts(withoutJatim, "province"));
    }

    @Test
    void newestSortOrdersByYear() {
        Map<String, Object> query = Map.of("q", "memberdayakan", "limit", 100);
        List<Integer> newest = search(Map.of("q", "memberdayakan", "sort", "newest", "limit", 100)).getList("hits.year", Integer.class);
        // The same hits as by relevance, latest year first, those without a year last.
        List<Integer> expected = new ArrayList<>(search(query).getList("hits.year", Integer.class));
        expected.sort(java.util.Comparator.nullsLast(java.util.Comparator.<Integer>reverseOrder()));
        assertEquals(expected, newest);
        assertEquals(FORMS_OF_BERDAYA.size(), newest.size());
        assertEquals(List.of(2025, 2025, 2025, 2024), newest.subList(0, 4));
        assertEquals(26, newest.stream().filter(java.util.Objects::nonNull).count(), "the demo entries with a year");
    }

    @Test
    void cursorPagesAreStableAndComplete() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int total;
        do {
            var request = Api.anonymous().queryParam("q", "kemiskinan desa").queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            total = page.getInt("total");
            for (String slug : page.getList("hits.slug", String.class)) {
                assertTrue(seen.add(slug), "repeated " + slug);
                order.add(slug);
            }
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertEquals(total, seen.size());
        List<String> oneShot = search(Map.of("q", "kemiskinan desa", "limit", 100)).getList("hits.slug");
        assertEquals(oneShot.subList(0, Math.min(oneShot.size(), order.size())), order.subList(0, Math.min(oneShot.size(), order.size())));
    }

    @Test
    void tiedScoresAreOrderedBySlugAcrossPages() {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Innovations twin = anInnovation().withStatus("published").with("summary", "Program zzkembar yang sama persis.");
            Api.admin().queryParam("wait_for", "indexed").body(twin.json()).post("/api/v1/innovations").then().statusCode(201);
            slugs.add(twin.slug());
        }
        List<String> order = new ArrayList<>();
        Set<Float> scores = new HashSet<>();
        String cursor = null;
        do {
            var request = Api.anonymous().queryParam("q", "zzkembar").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            order.addAll(page.getList("hits.slug", String.class));
            scores.addAll(page.getList("hits.score", Float.class));
            cursor = page.getString("next_cursor");
        } while (cursor != null && order.size() < 20);
        assertEquals(1, scores.size(), "the five texts score the same: " + scores);
        assertEquals(slugs.stream().sorted().toList(), order, "ties in slug order, each once, across pages of two");
    }

    @Test
    void typoGetsADidYouMean() {
        // Fewer than three hits: the fuzzy match still finds the entry, and the corrected words are offered.
        JsonPath result = search(Map.of("q", "laboratorum"));
        assertEquals(List.of("laboratorium-kemiskinan-pekalongan"), result.getList("hits.slug"));
        assertEquals("laboratorium", result.getString("did_you_mean"));
        JsonPath both = search(Map.of("q", "laboratorum pekalongn"));
        assertEquals(List.of("laboratorium-kemiskinan-pekalongan"), both.getList("hits.slug"));
        assertEquals("laboratorium pekalongan", both.getString("did_you_mean"));
        // The correction offered is the spelling the search looked for too, a slip in the first letter included.
        JsonPath first = search(Map.of("q", "kaboratorium"));
        assertEquals(List.of("laboratorium-kemiskinan-pekalongan"), first.getList("hits.slug"));
        assertEquals("laboratorium", first.getString("did_you_mean"));
        // Nothing near the words: no hit and nothing offered.
        JsonPath nothing = search(Map.of("q", "zzqqxy"));
        assertEquals(0, nothing.getInt("total"));
        assertEquals(null, nothing.getString("did_you_mean"));
        // The search's typo budget: none under five letters, so a short word is not made into another one.
        assertEquals(null, search(Map.of("q", "omah bobrok")).getString("did_you_mean"));
        // Enough hits: no correction is offered, whatever the spelling.
        JsonPath enough = search(Map.of("q", "kemiskinnan"));
        assertTrue(enough.getInt("total") >= 3, "the fuzzy match finds many");
        assertEquals(null, enough.getString("did_you_mean"));
    }

    @Test
    void aWriteIsSearchableWhenTheApiSaysSo() {
        Innovations fresh = anInnovation().withStatus("published").with("summary", "Program zzsegar untuk uji cepat.");
        Api.admin().queryParam("wait_for", "indexed").body(fresh.json()).post("/api/v1/innovations")
                .then().statusCode(201).header("Lumbung-Indexed", equalTo("true"));
        Api.anonymous().queryParam("q", "zzsegar").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem(fresh.slug()));
        // Unpublishing removes it from search.
        Api.admin().queryParam("wait_for", "indexed").body(fresh.withStatus("archived").json())
                .put("/api/v1/innovations/" + fresh.slug()).then().statusCode(200);
        Api.anonymous().queryParam("q", "zzsegar").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", not(hasItem(fresh.slug())));
    }

    @Test
    void aliasesAndAwardNamesFromTheDatabaseAreSearchable() {
        Innovations awarded = anInnovation().withStatus("published")
                .with("aliases", List.of("Sistem Zzalias Terpadu"))
                .with("awards", List.of(Map.of("name", "Penghargaan Zzaward", "year", 2021)));
        Api.admin().queryParam("wait_for", "indexed").body(awarded.json()).post("/api/v1/innovations")
                .then().statusCode(201);
        Api.anonymous().queryParam("q", "zzalias").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem(awarded.slug()));
        Api.anonymous().queryParam("q", "zzaward").queryParam("award", "true").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem(awarded.slug()));
        Api.anonymous().queryParam("q", "zzaward").queryParam("award", "false").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", not(hasItem(awarded.slug())));
    }

    @Test
    void suggestCompletesNamesAcronymsAndRegions() {
        Api.anonymous().queryParam("q", "gert").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.slug", hasItem("gertak-trenggalek"));
        Api.anonymous().queryParam("q", "laboratorium kemis").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.slug", hasItem("laboratorium-kemiskinan-pekalongan"));
        // Every word typed must begin a word of the name or acronym, in any position.
        Api.anonymous().queryParam("q", "BAWAH teng").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.slug", hasItem("gertak-trenggalek"));
        Api.anonymous().queryParam("q", "gert zzq").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.slug", not(hasItem("gertak-trenggalek")));
        Api.anonymous().queryParam("q", "kalbar").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.code", hasItem("61"));
        Api.anonymous().queryParam("q", "").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.size()", equalTo(0));
    }

    @Test
    void similarInnovationsComeFromTheIndex() {
        Api.anonymous().get("/api/v1/innovations/gertak-trenggalek/similar").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.slug", not(hasItem("gertak-trenggalek")));
        Innovations draft = anInnovation();
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.anonymous().get("/api/v1/innovations/" + draft.slug() + "/similar").then().statusCode(404);
    }

    @Test
    void curatorsExtendTheSynonymsWithoutARestart() {
        Api.anonymous().queryParam("q", "zzmiskinkota").get("/api/v1/search").then().body("total", equalTo(0));
        Api.reviewer().body(Map.of("rule", "zzmiskinkota, laboratorium kemiskinan")).post("/api/v1/search/synonyms")
                .then().statusCode(201).body("kind", equalTo("padanan"));
        Api.anonymous().queryParam("q", "zzmiskinkota").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem("laboratorium-kemiskinan-pekalongan"));
        Api.reviewer().body(Map.of("rule", "   ")).post("/api/v1/search/synonyms").then().statusCode(400);
        Api.reviewer().body(Map.of("rule", "hanya satu kata")).post("/api/v1/search/synonyms").then().statusCode(400);
        Api.anonymous().body(Map.of("rule", "a, b")).post("/api/v1/search/synonyms").then().statusCode(401);
    }

    @Test
    void indexStatusAndRebuildAreForAdmins() {
        Api.anonymous().get("/api/v1/search/index").then().statusCode(200).body("documents", greaterThan(100));
        Api.curator().post("/api/v1/search/index/rebuild").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sort       | acak       | must be one of relevance, newest, most_replicated",
        "limit      | 500        | must be between 1 and 100",
        "limit      | sepuluh    | must be a whole number",
        "province   | Jawa Timur | must be a province code like 35",
        "province   | 35.03      | must be a province code like 35",
        "region     | tiga-lima  | must be a Kemendagri code like 35 or 35.03",
        "theme      | bukan tema!| must be a value of the vocabulary, such as those listed in facets",
        "tahapan    | UJI COBA   | must be one of inisiatif, uji_coba, penerapan",
        "tahapan    | abc        | must be one of inisiatif, uji_coba, penerapan",
        "level      | abc        | must be one of desa, kecamatan, kabupaten, kota, provinsi, nasional",
        "cursor     | tidak-valid| is not a cursor of this search and sort",
        "replicated | mungkin    | must be true or false",
        "award      | ya         | must be true or false",
        "exact_counts | semua    | must be true or false",
        "year       | 1800       | must be between 1945 and 2100",
        "year_from  | kemarin    | must be a whole number"})
    void badParametersAreClearErrors(String parameter, String value, String message) {
        Api.anonymous().queryParam(parameter, value).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lumbung.id/problems/invalid-field"))
                .body("detail", equalTo(parameter + ": " + message))
                .body("violations", equalTo(List.of(Map.of("field", parameter, "message", message))));
    }

    @Test
    void theWordsAreBounded() {
        Api.anonymous().queryParam("q", "x".repeat(1001)).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", equalTo(List.of(Map.of("field", "q", "message", "must have at most 1000 characters"))));
    }

    @Test
    void yearsNarrowEachOther() {
        Api.anonymous().queryParam("year_from", 2020).queryParam("year_to", 2018).get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo(0));
        // year is year_from and year_to at once; with them, the narrower bound wins.
        JsonPath year = search(Map.of("year", 2021, "limit", 100));
        assertEquals(Set.of(2021), Set.copyOf(year.getList("hits.year", Integer.class)));
        assertEquals(facetCount(search(Map.of()), "year", "2021"), year.getInt("total"));
        assertEquals(year.getList("hits.slug"), search(Map.of("year_from", 2021, "year_to", 2021, "limit", 100)).getList("hits.slug"));
        assertEquals(year.getList("hits.slug"), search(Map.of("year", 2021, "year_from", 2010, "year_to", 2024, "limit", 100))
                .getList("hits.slug"));
        assertEquals(0, search(Map.of("year", 2021, "year_from", 2022)).getInt("total"));
    }
}
