package id.lumbung.search;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cursor pages of a relevance search that go past the ranked window: with a window of six, the demo catalogue
 * has many more matches than the window for a common word, so the recall-order pages are exercised.
 */
@QuarkusTest
@TestProfile(SearchPagingTest.SmallWindow.class)
@WithTestResource(PostgresTestResource.class)
class SearchPagingTest {

    static final int WINDOW = 6;

    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.search.ranking-window", Integer.toString(WINDOW));
        }
    }

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    @Test
    void pagesPastTheWindowAreCompleteWithoutRepeats() {
        for (int limit : new int[] {4, 5, 6}) {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            String cursor = null;
            int total;
            int pages = 0;
            do {
                JsonPath page = page("kemiskinan", limit, cursor);
                total = page.getInt("total");
                for (String slug : page.getList("hits.slug", String.class)) {
                    assertTrue(seen.add(slug), "repeated " + slug + " with limit " + limit);
                    order.add(slug);
                }
                cursor = page.getString("next_cursor");
                pages++;
            } while (cursor != null && pages < 100);
            assertTrue(total > 3 * WINDOW, "the word must match well past the window, matched " + total);
            assertEquals(total, seen.size(), "every match once with limit " + limit);
            // The window itself comes in the order of the full ranking, as one page of the window's size shows it.
            List<String> window = page("kemiskinan", WINDOW, null).getList("hits.slug", String.class);
            assertEquals(window, order.subList(0, WINDOW));
        }
    }

    @Test
    void aRecallCursorNamingAMissingDocumentStillAnswers() {
        // A cursor from before a merge may name a document number the index no longer has: the page goes on from
        // the last document, with every match counted.
        int total = page("kemiskinan", 5, null).getInt("total");
        float above = Float.MAX_VALUE; // above every score: the recall order from its start
        JsonPath past = page("kemiskinan", 5, encode("w1|relevance|" + Float.floatToIntBits(above) + "|" + Integer.MAX_VALUE));
        assertEquals(total, past.getInt("total"));
        List<String> slugs = past.getList("hits.slug", String.class);
        assertEquals(5, slugs.size());
        assertTrue(allMatches("kemiskinan").containsAll(slugs), slugs.toString());
        List<Float> scores = past.getList("hits.score", Float.class);
        List<Float> descending = new ArrayList<>(scores);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, scores, "in recall order");
        // Past the lowest score there is nothing left: an empty last page, not an error.
        JsonPath end = page("kemiskinan", 5, encode("w1|relevance|" + Float.floatToIntBits(0.0f) + "|" + Integer.MAX_VALUE));
        assertEquals(total, end.getInt("total"));
        assertEquals(List.of(), end.getList("hits"));
        assertEquals(null, end.getString("next_cursor"));
    }

    /** Every match of the words, walking the pages. */
    private static Set<String> allMatches(String q) {
        Set<String> all = new HashSet<>();
        String cursor = null;
        do {
            JsonPath page = page(q, 100, cursor);
            all.addAll(page.getList("hits.slug", String.class));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void cursorsOfAnotherKindOrMalformedAreRefused() {
        String recall = encode("w1|relevance|" + Float.floatToIntBits(1.0f) + "|3");
        assertRefused(Api.anonymous().queryParam("q", "kemiskinan").queryParam("sort", "newest").queryParam("cursor", recall));
        String sorted = encode("s1|relevance|f" + Float.floatToIntBits(1.0f) + "|sgertak");
        assertRefused(Api.anonymous().queryParam("q", "kemiskinan").queryParam("cursor", sorted));
        for (String bad : new String[] {"w1|relevance|x|3", "w1|relevance|1|-4", "w1|relevance|1", "r1|relevance|1"}) {
            assertRefused(Api.anonymous().queryParam("q", "kemiskinan").queryParam("cursor", encode(bad)));
        }
        // A sort cursor with too few values, or values of the wrong type, was a 500 ("after.fields has 1 values").
        for (String bad : new String[] {"s1|newest|l1", "s1|newest|sa|f0|l1", "s1|most_replicated|l1|f0"}) {
            String sort = bad.split("\\|")[1];
            assertRefused(Api.anonymous().queryParam("q", "kemiskinan").queryParam("sort", sort).queryParam("cursor", encode(bad)));
            assertRefused(Api.anonymous().queryParam("sort", sort).queryParam("cursor", encode(bad)));
        }
    }

    /** The 400 that names the cursor, for the API and, with the same parameters, for the search page. */
    private static void assertRefused(io.restassured.specification.RequestSpecification request) {
        request.get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://lumbung.id/problems/invalid-field"))
                .body("detail", equalTo("cursor: is not a cursor of this search and sort"))
                .body("violations", equalTo(List.of(Map.of("field", "cursor", "message", "is not a cursor of this search and sort"))));
    }

    private static JsonPath page(String q, int limit, String cursor) {
        var request = Api.anonymous().queryParam("q", q).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
