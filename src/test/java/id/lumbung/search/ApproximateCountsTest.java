package id.lumbung.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Above lumbung.search.exact-count-limit a search stops counting (decision 205): the total and the facet counts are
 * lower bounds and the answer says so, while the hits, their order and the pages are those of an exact search. Here
 * the limit is 8, far below the demo catalogue's matches for "kemiskinan".
 */
@QuarkusTest
@TestProfile(ApproximateCountsTest.SmallLimit.class)
@WithTestResource(PostgresTestResource.class)
class ApproximateCountsTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.search.exact-count-limit", "8");
        }
    }

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    private static JsonPath search(Map<String, ?> params) {
        return Api.anonymous().queryParams(params).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aboveTheLimitTheCountsAreLowerBoundsAndTheHitsAreThoseOfAnExactSearch() {
        JsonPath exact = search(Map.of("q", "kemiskinan", "limit", 10, "exact_counts", true));
        JsonPath counted = search(Map.of("q", "kemiskinan", "limit", 10));

        assertEquals("eq", exact.getString("total_relation"));
        assertFalse(exact.getBoolean("facets_sampled"));
        assertTrue(exact.getInt("total") > 20, "the demo catalogue has many matches: " + exact.getInt("total"));
        assertEquals("gte", counted.getString("total_relation"));
        assertTrue(counted.getBoolean("facets_sampled"));
        int total = counted.getInt("total");
        assertTrue(total >= 8 && total < exact.getInt("total"), "a lower bound at or above the limit: " + total);

        // Ranking is not sampled: the same hits in the same order, and the same pages after them.
        assertEquals(exact.getList("hits.slug"), counted.getList("hits.slug"));
        assertEquals(exact.getString("next_cursor"), counted.getString("next_cursor"));
        JsonPath exactNext = search(Map.of("q", "kemiskinan", "limit", 10, "cursor", exact.getString("next_cursor")));
        JsonPath countedNext = search(Map.of("q", "kemiskinan", "limit", 10, "cursor", counted.getString("next_cursor"),
                "exact_counts", true));
        assertEquals(exactNext.getList("hits.slug"), countedNext.getList("hits.slug"));

        // Every sampled facet count is at most the exact one, and the sampled values are values the exact search has.
        // The dimensions the demo catalogue's matches have values for (tahapan and urusan are unknown in its sources).
        for (String dim : List.of("theme", "province", "level", "year")) {
            Map<String, Integer> all = counts(exact, dim);
            Map<String, Integer> sampled = counts(counted, dim);
            assertFalse(sampled.isEmpty(), dim + " has sampled values");
            sampled.forEach((value, count) -> assertTrue(all.containsKey(value) && count <= all.get(value),
                    dim + "=" + value + ": " + count + " against " + all.get(value)));
        }
        // An innovation has at most one province: the sampled province counts add up to at most the sampled total, and to
        // less than the exact counts do, so the facets were sampled, not merely labelled so.
        int sampledProvinces = counts(counted, "province").values().stream().mapToInt(Integer::intValue).sum();
        int allProvinces = counts(exact, "province").values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(sampledProvinces <= total && sampledProvinces < allProvinces, sampledProvinces + " of " + allProvinces);
        // The same search stops at the same documents: its answer does not change from one request to the next.
        assertEquals(counted.getInt("total"), search(Map.of("q", "kemiskinan", "limit", 10)).getInt("total"));
        assertEquals(counts(counted, "province"), counts(search(Map.of("q", "kemiskinan", "limit", 10)), "province"));
    }

    @Test
    void belowTheLimitEverythingIsExact() {
        JsonPath few = search(Map.of("q", "gertak"));
        assertEquals("eq", few.getString("total_relation"));
        assertFalse(few.getBoolean("facets_sampled"));
        assertEquals(few.getList("hits").size(), few.getInt("total"));
    }

    @Test
    void theSearchPageSaysTheTotalIsALowerBound() {
        String page = Api.anonymous().queryParam("q", "kemiskinan").get("/cari").then().statusCode(200).extract().asString();
        int total = search(Map.of("q", "kemiskinan")).getInt("total");
        assertTrue(page.contains("Setidaknya " + total + " hasil untuk “kemiskinan”"), page);
        assertTrue(page.contains("Dihitung dari sebagian hasil."), page);
        String english = Api.anonymous().queryParam("q", "kemiskinan").queryParam("lang", "en").get("/cari").then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("At least " + total + " results for “kemiskinan”"), english);
    }

    private static Map<String, Integer> counts(JsonPath result, String dim) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> value : result.<Map<String, Object>>getList("facets." + dim)) {
            counts.put((String) value.get("value"), ((Number) value.get("count")).intValue());
        }
        return counts;
    }
}
