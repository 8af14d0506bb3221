package id.lumbung.search;

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
        String cursor = encode("w1|relevance|" + Float.floatToIntBits(1.0f) + "|" + Integer.MAX_VALUE);
        page("kemiskinan", 5, cursor);
    }

    @Test
    void cursorsOfAnotherKindOrMalformedAreRefused() {
        String recall = encode("w1|relevance|" + Float.floatToIntBits(1.0f) + "|3");
        Api.anonymous().queryParam("q", "kemiskinan").queryParam("sort", "newest").queryParam("cursor", recall)
                .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
        String sorted = encode("s1|relevance|f" + Float.floatToIntBits(1.0f) + "|sgertak");
        Api.anonymous().queryParam("q", "kemiskinan").queryParam("cursor", sorted)
                .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
        for (String bad : new String[] {"w1|relevance|x|3", "w1|relevance|1|-4", "w1|relevance|1", "r1|relevance|1"}) {
            Api.anonymous().queryParam("q", "kemiskinan").queryParam("cursor", encode(bad))
                    .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
        }
        // A sort cursor with too few values, or values of the wrong type, was a 500 ("after.fields has 1 values").
        for (String bad : new String[] {"s1|newest|l1", "s1|newest|sa|f0|l1", "s1|most_replicated|l1|f0"}) {
            Api.anonymous().queryParam("q", "kemiskinan").queryParam("sort", bad.split("\\|")[1]).queryParam("cursor", encode(bad))
                    .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
            Api.anonymous().queryParam("sort", bad.split("\\|")[1]).queryParam("cursor", encode(bad))
                    .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
        }
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
