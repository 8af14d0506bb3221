package id.lumbung.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Region names in queries: the region a query names, "did you mean" and near spellings of region names. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RegionSearchTest {

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    private static JsonPath search(String q) {
        return Api.anonymous().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAbbreviationNamesItsProvinceAndIsNeverCorrectedToACommonWord() {
        // The demo catalogue has no innovation in Kalimantan Barat: "Kalbar" is unknown to the index.
        JsonPath result = search("Kalbar");
        assertEquals("61", result.getString("region_match.code"));
        assertEquals("Provinsi Kalimantan Barat", result.getString("region_match.name"));
        assertEquals("provinsi", result.getString("region_match.type"));
        assertEquals("/daerah/61", result.getString("region_match.profile"));
        assertTrue(result.getBoolean("region_match.exact"));
        assertNull(result.getString("region_match.province"));
        assertNull(result.get("did_you_mean"));
        assertEquals(0, result.getInt("total"));
    }

    @Test
    void aKabupatenNameNamesItWithItsProvince() {
        JsonPath result = search("Ketapang");
        assertEquals("61.04", result.getString("region_match.code"));
        assertEquals("Kabupaten Ketapang", result.getString("region_match.name"));
        assertEquals("61", result.getString("region_match.province.code"));
        assertEquals("Provinsi Kalimantan Barat", result.getString("region_match.province.name"));
        assertEquals("/daerah/61.04", result.getString("region_match.profile"));
    }

    @Test
    void aTierAbbreviationBeforeARegionsNameIsPartOfTheNameNotASearchWord() {
        JsonPath plain = search("Ketapang");
        for (String query : List.of("Kab. Ketapang", "kab ketapang", "Pemkab Ketapang")) {
            JsonPath result = search(query);
            assertEquals("61.04", result.getString("region_match.code"), query);
            assertEquals(plain.getInt("total"), result.getInt("total"), query + ": \"Kab.\" matched awards of other regions");
            assertEquals(plain.getList("hits.slug"), result.getList("hits.slug"), query);
        }
    }

    @Test
    void aNearSpellingOfARegionNamesItAndDidYouMeanSaysItsName() {
        JsonPath result = search("Ketapng");
        assertEquals("61.04", result.getString("region_match.code"));
        assertFalse(result.getBoolean("region_match.exact"));
        assertEquals("ketapang", result.getString("did_you_mean"));
    }

    @Test
    void aSharedNameNamesTheCityAndListsTheOther() {
        JsonPath result = search("Bandung");
        assertEquals("32.73", result.getString("region_match.code"));
        assertEquals(List.of("32.04"), result.getList("region_match.others.code"));
    }

    @Test
    void aQueryWithMoreThanARegionNamesNone() {
        assertNull(search("stunting Kaltim").get("region_match"));
        assertNull(search("kemiskinan").get("region_match"));
    }

    @Test
    void aSlipInAShortRegionAbbreviationKeepsThePlacePartOfTheQuery() {
        // "kukr" is too short for the catalogue's own near spellings (five letters); as a region word it is Kukar.
        List<String> slugs = search("stunting kukr").getList("hits.slug");
        assertEquals(List.of("bakti-pantas-kukar", "sapa-si-kaka-kukar"), slugs.subList(0, 2).stream().sorted().toList());
    }
}
