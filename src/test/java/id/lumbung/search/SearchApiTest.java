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

    @Test
    void indonesianStemmingMatchesOtherFormsOfAWord() {
        // "memberdayakan" is not in the catalogue as written; its stem "daya" is (pemberdayaan, berdaya).
        JsonPath result = search(Map.of("q", "memberdayakan"));
        assertTrue(result.getInt("total") > 3);
        assertTrue(result.getList("hits.slug").contains("jatim-puspa") || result.getInt("total") > 5);
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        JsonPath result = search(Map.of("q", "Gertak"));
        assertEquals("gertak-trenggalek", result.getString("hits[0].slug"));
        String summary = result.getString("hits[0].highlights.summary");
        String name = result.getString("hits[0].highlights.name");
        assertTrue((summary != null && summary.contains("<mark>")) || (name != null && name.contains("<mark>")));
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
        List<String> provinces = jatim.getList("hits.province.code");
        assertTrue(provinces.stream().allMatch("35"::equals), provinces.toString());
        assertTrue(jatim.getList("hits.slug").contains("gertak-trenggalek"), "a kabupaten of Jawa Timur");
        int jatimCount = facetCount(all, "province", "35");
        assertEquals(jatimCount, jatim.getInt("total"));
        // The province facet still offers the other provinces, so the user can widen the filter.
        assertTrue(jatim.getList("facets.province.value").size() > 1);
        assertEquals(facetCount(all, "province", "33"), facetCount(jatim, "province", "33"));
        // Other facets are counted on the filtered results.
        int themeTotal = jatim.getList("facets.theme.count", Integer.class).stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(themeTotal <= jatim.getInt("total"));
        assertEquals("Provinsi Jawa Timur", jatim.getString("facets.province.find { it.value == '35' }.label"));
    }

    @Test
    void withTwoFiltersEachFacetIgnoresOnlyItsOwnAndTheOthersCountTheHits() {
        JsonPath jatim = search(Map.of("q", "kemiskinan", "province", "35", "limit", 100));
        String theme = jatim.getString("facets.theme[0].value");
        JsonPath both = search(Map.of("q", "kemiskinan", "province", "35", "theme", theme, "limit", 100));
        JsonPath themeOnly = search(Map.of("q", "kemiskinan", "theme", theme, "limit", 100));
        assertTrue(both.getInt("total") > 0 && both.getInt("total") <= 100, both.prettify());
        assertEquals(both.getInt("total"), both.getList("hits").size());
        // Each filtered facet is counted as if its own filter were not set, the other one still applied.
        assertEquals(facetCounts(themeOnly, "province"), facetCounts(both, "province"));
        assertEquals(facetCounts(jatim, "theme"), facetCounts(both, "theme"));
        // An unfiltered facet counts exactly the hits.
        Map<String, Integer> tahapan = new java.util.TreeMap<>();
        for (Object value : both.getList("hits.tahapan")) {
            if (value != null) {
                tahapan.merge(value.toString(), 1, Integer::sum);
            }
        }
        assertEquals(tahapan, facetCounts(both, "tahapan"));
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
        Integer count = result.getInt("facets." + dim + ".find { it.value == '" + value + "' }.count");
        return count == null ? 0 : count;
    }

    @Test
    void regionThemeAndReplicationFilters() {
        JsonPath trenggalek = search(Map.of("region", "35.03"));
        assertTrue(trenggalek.getList("hits.slug").contains("gertak-trenggalek"), trenggalek.prettify());
        assertTrue(trenggalek.getList("hits.region.code", String.class).stream().allMatch(c -> c.startsWith("35.03")));

        JsonPath stunting = search(Map.of("theme", "stunting", "limit", 100));
        assertTrue(stunting.getInt("total") > 0);
        stunting.getList("hits.themes", List.class).forEach(themes -> assertTrue(themes.contains("stunting")));

        int created = Api.reviewer().body(Map.of("source_slug", "uptpk-sragen", "adopter_region_code", "32.73",
                "status", "diterapkan")).post("/api/v1/replications").statusCode();
        assertTrue(created == 201 || created == 409, "replication recorded");
        JsonPath replicated = search(Map.of("replicated", "true", "sort", "most_replicated", "limit", 100));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!replicated.getList("hits.slug").contains("uptpk-sragen") && System.nanoTime() < deadline) {
            replicated = search(Map.of("replicated", "true", "sort", "most_replicated", "limit", 100));
        }
        assertTrue(replicated.getList("hits.slug").contains("uptpk-sragen"), "replication reached the index");
        List<Integer> counts = replicated.getList("hits.replication_count", Integer.class);
        assertFalse(counts.isEmpty());
        assertTrue(counts.stream().allMatch(c -> c > 0));
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most_replicated order " + counts);
        }
    }

    @Test
    void exclusionsAloneLeaveEverythingElse() {
        int all = search(Map.of()).getInt("total");
        JsonPath withoutJatim = search(Map.of("q", "-jatim", "limit", 100));
        assertTrue(withoutJatim.getInt("total") < all, "Jawa Timur's innovations are left out");
        assertTrue(withoutJatim.getInt("total") > 0);
        assertFalse(withoutJatim.getList("hits.province.code").contains("35"));
    }

    @Test
    void newestSortOrdersByYear() {
        List<Integer> years = search(Map.of("q", "kemiskinan", "sort", "newest", "limit", 30))
                .getList("hits.year", Integer.class);
        List<Integer> known = years.stream().filter(y -> y != null).toList();
        for (int i = 1; i < known.size(); i++) {
            assertTrue(known.get(i - 1) >= known.get(i), "newest order " + years);
        }
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
        JsonPath result = search(Map.of("q", "laboratorum"));
        assertTrue(result.getInt("total") >= 1, "fuzzy match still finds it");
        JsonPath none = search(Map.of("q", "kemiskinanxx bawahxx"));
        assertTrue(none.getString("did_you_mean") == null || !none.getString("did_you_mean").contains("xx"));
        JsonPath misspelt = search(Map.of("q", "zzqq kemiskinnan"));
        if (misspelt.getInt("total") < 3) {
            assertTrue(misspelt.getString("did_you_mean").contains("kemiskinan"));
        }
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

    @Test
    void badParametersAreClearErrors() {
        Api.anonymous().queryParam("sort", "acak").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("sort"));
        Api.anonymous().queryParam("limit", "500").get("/api/v1/search").then().statusCode(400);
        Api.anonymous().queryParam("province", "Jawa Timur").get("/api/v1/search").then().statusCode(400);
        Api.anonymous().queryParam("theme", "bukan tema!").get("/api/v1/search").then().statusCode(400);
        Api.anonymous().queryParam("cursor", "tidak-valid").get("/api/v1/search").then().statusCode(400);
        Api.anonymous().queryParam("replicated", "mungkin").get("/api/v1/search").then().statusCode(400);
        Api.anonymous().queryParam("q", "x".repeat(1001)).get("/api/v1/search").then().statusCode(400)
                .body("detail", containsString("q"));
        Api.anonymous().queryParam("year_from", 2020).queryParam("year_to", 2018).get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo(0));
    }
}
