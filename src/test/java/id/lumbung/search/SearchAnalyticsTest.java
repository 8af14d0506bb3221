package id.lumbung.search;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analytics.SearchLog;
import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search analytics: counted per week and normalised query, without personal data, shown to staff only. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SearchAnalyticsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchLog log;

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    /**
     * A word no other test searches for, so the counts of a query are exactly this test's; letters only (long numbers
     * are masked when counted).
     */
    private static String unique(String prefix) {
        long n = System.nanoTime() % 1_000_000_000L * 100 + SEQ.incrementAndGet();
        StringBuilder word = new StringBuilder(prefix).append("zq");
        for (; n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    private static JsonPath search(String q) {
        return Api.anonymous().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath report() {
        return Api.curator().queryParam("limit", 100).get("/api/v1/search/analytics").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entry(JsonPath report, String list, String query) {
        List<Map<String, Object>> entries = report.getList(list);
        return entries.stream().filter(e -> query.equals(e.get("query"))).findFirst().orElse(null);
    }

    @Test
    void searchesClicksAndFailuresAreCountedPerNormalisedQuery() {
        String word = unique("gertak ");
        assertTrue(search("Gertak " + word.substring(7).toUpperCase()).getInt("total") > 0);
        search("  gertak,  " + word.substring(7) + " ");
        Api.anonymous().queryParam("q", "GERTAK " + word.substring(7)).queryParam("slug", "gertak-trenggalek")
                .post("/api/v1/search/clicks").then().statusCode(204);
        String failed = unique("tiadahasil");
        assertEquals(0, search(failed).getInt("total"));
        String unopened = unique("stunting ");
        search(unopened);
        // A next page is the same search, not another one.
        String cursor = search(unopened).getString("next_cursor");
        Api.anonymous().queryParam("q", unopened).queryParam("cursor", cursor).get("/api/v1/search").then().statusCode(200);

        JsonPath report = report();
        assertEquals(Map.of("query", word, "searches", 2, "zero_results", 0, "clicks", 1), entry(report, "top_queries", word));
        assertEquals(Map.of("query", failed, "searches", 1, "zero_results", 1, "clicks", 0),
                entry(report, "zero_result_queries", failed));
        assertEquals(Map.of("query", unopened, "searches", 2, "zero_results", 0, "clicks", 0),
                entry(report, "no_click_queries", unopened));
        assertEquals(null, entry(report, "zero_result_queries", word));
        assertEquals(null, entry(report, "no_click_queries", word));
        assertTrue(report.getInt("weeks[-1].searches") >= 5);
        assertEquals(report.getString("to_week"), report.getString("weeks[-1].week"));
        assertEquals(Map.of("query", word, "searches", 2, "zero_results", 0, "clicks", 1), entry(report, "weeks[-1].top_queries", word));
        assertEquals(Map.of("query", failed, "searches", 1, "zero_results", 1, "clicks", 0),
                entry(report, "weeks[-1].zero_result_queries", failed));
        assertEquals(Map.of("query", unopened, "searches", 2, "zero_results", 0, "clicks", 0),
                entry(report, "weeks[-1].no_click_queries", unopened));
    }

    @Test
    void aRegionWithoutInnovationsIsAnAnswerNotAFailedSearch() {
        // The demo catalogue has nothing in Kabupaten Ketapang or Kalimantan Barat; the answer is the region's profile.
        for (String query : List.of("Ketapang", "kalbar")) {
            JsonPath result = search(query);
            assertEquals(0, result.getInt("total"));
            assertTrue(result.getString("region_match.profile").startsWith("/daerah/61"), query);
        }
        String failed = unique("tiadahasil");
        search(failed);
        JsonPath report = report();
        assertEquals(null, entry(report, "zero_result_queries", "ketapang"));
        assertEquals(null, entry(report, "zero_result_queries", "kalbar"));
        assertEquals(Map.of("query", failed, "searches", 1, "zero_results", 1, "clicks", 0),
                entry(report, "zero_result_queries", failed));
    }

    @Test
    void eachWeekListsItsOwnQueriesAndThePeriodAddsThemUp() throws Exception {
        String query = unique("rutilahu");
        LocalDate thisWeek = LocalDate.parse(report().getString("to_week"));
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        // Counted failures of earlier searches (many, so the query heads the lists whatever other tests searched).
        log.flush();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into search_query_week values (?, ?, ?, ?)")) {
            for (LocalDate week : List.of(lastWeek, thisWeek)) {
                s.setDate(1, Date.valueOf(week));
                s.setString(2, query);
                s.setInt(3, week.equals(lastWeek) ? 300 : 200);
                s.setInt(4, week.equals(lastWeek) ? 300 : 200);
                s.executeUpdate();
            }
        }
        assertEquals(0, search(query).getInt("total"));

        JsonPath report = Api.curator().queryParam("weeks", 2).queryParam("limit", 100).get("/api/v1/search/analytics").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(lastWeek.toString(), report.getString("from_week"));
        assertEquals(List.of(lastWeek.toString(), thisWeek.toString()), report.getList("weeks.week"));
        assertEquals(Map.of("query", query, "searches", 300, "zero_results", 300, "clicks", 0),
                entry(report, "weeks[0].zero_result_queries", query));
        assertEquals(Map.of("query", query, "searches", 201, "zero_results", 201, "clicks", 0),
                entry(report, "weeks[1].zero_result_queries", query));
        assertEquals(Map.of("query", query, "searches", 501, "zero_results", 501, "clicks", 0),
                entry(report, "zero_result_queries", query));
        // The report of this week alone does not see last week's counts.
        assertEquals(Map.of("query", query, "searches", 201, "zero_results", 201, "clicks", 0),
                entry(Api.curator().queryParam("weeks", 1).queryParam("limit", 100).get("/api/v1/search/analytics").then()
                        .statusCode(200).extract().jsonPath(), "zero_result_queries", query));
    }

    @Test
    void noPersonalDataIsStored() throws Exception {
        String marker = unique("bantuan");
        Api.curator().header("X-Forwarded-For", "10.1.2.3").header("User-Agent", "PeramabanUji/1.0")
                .queryParam("q", marker + " NIK 3507123456780001 budi.santoso@desa.id 0812 3456 7890").get("/api/v1/search")
                .then().statusCode(200);
        RestAssured.given().queryParam("q", marker + " lansia").cookie("lumbung-sesi", "sesi-rahasia").get("/cari")
                .then().statusCode(200);
        log.flush();

        assertEquals(Set.of("week", "query", "searches", "zero_results"), columns("search_query_week"));
        assertEquals(Set.of("week", "query", "slug", "clicks"), columns("search_click_week"));
        List<String> stored = storedText();
        assertTrue(stored.contains(marker + " nik # # #"), stored.toString());
        assertTrue(stored.contains(marker + " lansia"), stored.toString());
        for (String personal : List.of("kurator", "10.1.2.3", "3507123456780001", "budi", "santoso", "0812", "7890",
                "PeramabanUji", "sesi-rahasia")) {
            assertFalse(stored.stream().anyMatch(text -> text.toLowerCase().contains(personal.toLowerCase())), personal);
        }
    }

    @Test
    void theReportIsForStaffOnlyAndItsParametersAreChecked() {
        Api.anonymous().get("/api/v1/search/analytics").then().statusCode(401);
        Api.anonymous().header("X-API-Key", "lmb_bukan").get("/api/v1/search/analytics").then().statusCode(401);
        Api.reviewer().get("/api/v1/search/analytics").then().statusCode(200);
        Api.curator().queryParam("weeks", "0").get("/api/v1/search/analytics").then().statusCode(400)
                .body(containsString("weeks"));
        Api.curator().queryParam("weeks", "105").get("/api/v1/search/analytics").then().statusCode(400);
        Api.anonymous().queryParam("q", "gertak").queryParam("slug", "Bukan Slug").post("/api/v1/search/clicks").then()
                .statusCode(400).body(containsString("slug"));
        Api.anonymous().queryParam("q", "gertak").queryParam("slug", "tidak-ada-inovasi-ini").post("/api/v1/search/clicks")
                .then().statusCode(404);
        Api.anonymous().queryParam("slug", "gertak-trenggalek").post("/api/v1/search/clicks").then().statusCode(400)
                .body(containsString("q"));
    }

    @Test
    void aReviewerTurnsAFailedQueryIntoASynonymRuleOnTheAnalyticsPage() {
        String failed = unique("tiadahasil");
        assertEquals(0, search(failed).getInt("total"));
        RestAssured.given().redirects().follow(false).get("/kurator/pencarian").then().statusCode(303);

        // A curator sees the analytics, but rules change what the public finds: reviewers and admins make them.
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the test users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String curatorPage = curator.request().get("/kurator/pencarian").then().statusCode(200).extract().asString();
        assertTrue(curatorPage.contains("<a href=\"/cari?q=" + failed + "\">"), "the failed query is listed");
        assertFalse(curatorPage.contains("<input type=\"hidden\" name=\"query\" value=\"" + failed + "\">"), "no form");
        curator.postForm("/kurator/pencarian/sinonim", Map.of("query", failed, "target", "gerakan tengok bawah", "kind", "tesaurus"))
                .then().statusCode(403).body(containsString("peninjau atau admin"));
        assertEquals(0, search(failed).getInt("total"));

        FormSignIn reviewer = FormSignIn.as("peninjau", Api.STAFF_PASSWORD);
        String html = reviewer.request().get("/kurator/pencarian").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<input type=\"hidden\" name=\"query\" value=\"" + failed + "\">"), "the failed query has a form");
        reviewer.postForm("/kurator/pencarian/sinonim", Map.of("query", failed, "target", "", "kind", "tesaurus"))
                .then().statusCode(400).body(containsString("isi artinya"));
        reviewer.postForm("/kurator/pencarian/sinonim", Map.of("query", failed, "target", "gerakan tengok bawah", "kind", "tesaurus"))
                .then().statusCode(303);

        assertEquals("gertak-trenggalek", search(failed).getString("hits[0].slug"));
        List<String> rules = Api.reviewer().get("/api/v1/search/synonyms").then().statusCode(200).extract().path("rule");
        assertTrue(rules.contains(failed + " => gerakan tengok bawah"), rules.toString());
    }

    private Set<String> columns(String table) throws Exception {
        Set<String> columns = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select column_name from information_schema.columns where table_name = '" + table + "'")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    /** Every text the analytics tables hold. */
    private List<String> storedText() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select query from search_query_week union all select query || ' ' || slug from search_click_week")) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }
}
