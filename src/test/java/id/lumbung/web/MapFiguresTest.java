package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the tile-grid maps (decision 110) and the region lists show, over plain HTTP: for Kalimantan Selatan and
 * Kalimantan Timur, the map's square (its figure and its link's words) and the table beside it carry exactly the API's counts of
 * published innovations from the province and public replications adopted in it, on the home page, /replikasi and a
 * region page; /daerah shows the same counts for the province and for one of its kabupaten. The pages count at most
 * every 30 s (decision 193), so each page is read until it agrees, for at most a minute.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class MapFiguresTest {

    /** Decision 193: counts are served at most 30 s old once asked for again; two refreshes fit in this bound. */
    private static final Duration AGREES_WITHIN = Duration.ofSeconds(70);

    /** Provinces the demo catalogue gives both innovations and replications. */
    private static final List<String[]> PROVINCES = List.of(new String[] {"63", "Provinsi Kalimantan Selatan"},
            new String[] {"64", "Provinsi Kalimantan Timur"});

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
        Api.admin().contentType("application/x-ndjson").body(DemoCatalogue.resource("/demo/replications.jsonl"))
                .post("/api/v1/replications/import").then().statusCode(200);
    }

    /** Published innovations from the region and below, as the public API counts them. */
    private static long innovations(String code) {
        String parameter = code.length() == 2 ? "province" : "region";
        return Api.anonymous().queryParam(parameter, code).queryParam("limit", 1).get("/api/v1/innovations").then()
                .statusCode(200).extract().<Number>path("total").longValue();
    }

    /** Public replications adopted by the region or a region below it, as the public API counts them. */
    private static long replications(String code) {
        return Api.anonymous().queryParam("adopter_region", code).queryParam("limit", 1).get("/api/v1/replications").then()
                .statusCode(200).extract().<Number>path("total").longValue();
    }

    @Test
    void theHomePageMapShowsTheApisInnovationsPerProvince() {
        assertMapAgrees("/", false);
    }

    @Test
    void theReplicationPageMapShowsTheApisReplicationsPerProvince() {
        assertMapAgrees("/replikasi", true);
    }

    @Test
    void aRegionPageMapShowsTheApisInnovationsPerProvince() {
        assertMapAgrees("/daerah/64.02", false);
    }

    @Test
    void theRegionListShowsTheApisCountsForAProvinceAndAKabupaten() {
        String kukar = "64.02";
        assertTrue(innovations("64") > 0 && replications("64") > 0 && innovations(kukar) > 0, "the demo catalogue has figures here");
        List<String> expected = List.of("Provinsi Kalimantan Timur 10 kabupaten/kota · " + innovations("64") + " inovasi · "
                + replications("64") + " replikasi",
                kabupatenRow(kukar, "Kabupaten Kutai Kartanegara", innovations(kukar), replications(kukar)));
        List<String> shown = eventually(expected, () -> {
            String html = page("/daerah");
            return List.of(first(html, "<details id=\"p-64\">\\s*<summary>(.*?)</summary>").replaceAll("<[^>]+>", "")
                    .replaceAll("\\s+", " ").strip(), first(html, "(<tr><th scope=\"row\"><a href=\"/daerah/64\\.02\">.*?</tr>)"));
        });
        assertEquals(expected, shown);
    }

    private static String kabupatenRow(String code, String name, long innovations, long replications) {
        return "<tr><th scope=\"row\"><a href=\"/daerah/" + code + "\">" + name + "</a></th><td>" + innovations + "</td><td>"
                + replications + "</td></tr>";
    }

    /**
     * For each province: the square's figure (innovations or replications; none when 0), its link's words, and the
     * table's row, as the API's counts say they should read.
     */
    private void assertMapAgrees(String path, boolean byReplications) {
        List<String> expected = new ArrayList<>();
        for (String[] province : PROVINCES) {
            long innovations = innovations(province[0]);
            long replications = replications(province[0]);
            assertTrue(innovations > 0 && replications > 0, "the demo catalogue has figures for " + province[0]);
            long figure = byReplications ? replications : innovations;
            expected.add(province[0] + " square: " + figure + " | " + province[1] + ": " + innovations
                    + " inovasi, " + replications + " replikasi");
            expected.add(province[0] + " row: " + province[1] + " | " + innovations + " | " + replications);
        }
        List<String> shown = eventually(expected, () -> {
            String html = page(path);
            List<String> found = new ArrayList<>();
            for (String[] province : PROVINCES) {
                String code = province[0];
                String square = first(html, "(<a href=\"/daerah/" + code + "\" class=\"map-tile[^\"]*\".*?</a>)");
                found.add(code + " square: " + optional(square, "<text class=\"map-figure\"[^>]*>([^<]*)</text>") + " | "
                        + first(square, "aria-label=\"([^\"]*)\""));
                Matcher row = Pattern.compile("<tr(?: class=\"current\")?><th scope=\"row\"><a href=\"/daerah/" + code
                        + "\">([^<]*)</a></th><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(html);
                assertEquals(true, row.find(), "the table beside the map of " + path + " has a row for " + code);
                found.add(code + " row: " + row.group(1) + " | " + row.group(2) + " | " + row.group(3));
            }
            return found;
        });
        assertEquals(expected, shown, path);
    }

    private static String page(String path) {
        return RestAssured.given().queryParam("lang", "id").get(path).then().statusCode(200).extract().asString();
    }

    /** Reads what the page shows until it is what is expected or the bound of decision 193 has passed; the last read. */
    private static <T> T eventually(T expected, java.util.function.Supplier<T> read) {
        long until = System.nanoTime() + AGREES_WITHIN.toNanos();
        T shown = read.get();
        while (!shown.equals(expected) && System.nanoTime() < until) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            shown = read.get();
        }
        return shown;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertEquals(true, m.find(), regex + " is on the page");
        return m.group(1);
    }

    /** The first group of a match, or "" where the page has none (a square without a figure shows 0). */
    private static String optional(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
