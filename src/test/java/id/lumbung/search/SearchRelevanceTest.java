package id.lumbung.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Must-work ranking cases over the demo catalogue: the expected innovation is among the first results. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SearchRelevanceTest {

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    @ParameterizedTest(name = "{0} → {1} in top {2}")
    @CsvSource(delimiter = '|', value = {
            // acronyms, and acronyms with a region abbreviation
            "UPTPK | uptpk-sragen | 1",
            "gertak | gertak-trenggalek | 1",
            "RBPK Kukar | rbpk-kukar | 1",
            // the full name of an acronym
            "gerakan tengok bawah | gertak-trenggalek | 1",
            "Unit Pelayanan Terpadu Penanggulangan Kemiskinan | uptpk-sragen | 1",
            // region abbreviations (Jatim = Jawa Timur, Kaltim = Kalimantan Timur)
            "pemberdayaan perempuan Jatim | jatim-puspa | 3",
            "stunting Kaltim | bakti-pantas-kukar | 5",
            // typos (one edit in a long word, 'ekstrim' for 'ekstrem')
            "laboratorium kemiskinn | laboratorium-kemiskinan-pekalongan | 1",
            "kemiskinan ekstrim NTB | desa-berdaya-ntb | 5",
            // morphology: memberdayakan / pemberdayaan share the stem daya
            "memberdayakan usaha perempuan | jatim-puspa | 3",
            // everyday words and English through the thesaurus
            "makanan untuk lansia | permakanan-surabaya | 5",
            "poverty data dashboard | papadanke-ntt | 5"})
    void expectedInnovationRanksHigh(String query, String slug, int within) {
        List<String> slugs = Api.anonymous().queryParam("q", query).queryParam("limit", within)
                .get("/api/v1/search").then().statusCode(200).extract().path("hits.slug");
        assertTrue(slugs.contains(slug), query + " → " + slugs);
    }

    /**
     * Theme feedback (decision 212): UGD Kemiskinan, Banyuwangi's rapid poverty response, is the same kind of programme
     * as Gertak but shares only "kemiskinan" with the query; the best hits' themes bring it from sixth to second, above
     * programmes that share "bawah" or "tengok" by chance.
     */
    @Test
    void aProgrammeOfTheSameKindAsTheBestHitsRisesAboveChanceMatches() {
        List<String> slugs = Api.anonymous().queryParam("q", "tengok bawah kemiskinan").queryParam("limit", 3)
                .get("/api/v1/search").then().statusCode(200).extract().path("hits.slug");
        assertEquals(List.of("gertak-trenggalek", "ugd-kemiskinan-banyuwangi", "bangga-papua"), slugs);
    }

    /**
     * A misspelt word is also searched as its likely spelling (decision 213), with its rarity and meanings: the
     * misspelt query ranks first what the right spelling ranks first.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "beasiwa keluarga miskin | beasiswa keluarga miskin",
            "pendampingn keluarga miskin | pendampingan keluarga miskin"})
    void aMisspeltWordRanksAsItsSpellingDoes(String misspelt, String spelt) {
        assertEquals(firstThree(spelt), firstThree(misspelt));
    }

    /**
     * A text that writes only an acronym is found by the words it stands for (decision 215): Sekolah Ibu names "KDRT",
     * never "kekerasan".
     */
    @Test
    void aTextIsFoundByTheWordsItsAcronymsStandFor() {
        List<String> slugs = Api.anonymous().queryParam("q", "kekerasan").queryParam("limit", 20).get("/api/v1/search")
                .then().statusCode(200).extract().path("hits.slug");
        assertEquals(Set.of("sekoper-cinta-jabar", "sekolah-ibu-bogor"), Set.copyOf(slugs));
    }

    /**
     * A grant is not a loan: the thesaurus maps "grants" to hibah and dana stimulan. It mapped them to kredit as well,
     * and the micro-credit programmes (kredit-melati-bandung, kredit-kukar-idaman) came first.
     */
    @Test
    void grantsFindGrantsNotLoans() {
        assertEquals(Set.of("pahlawan-ekonomi-surabaya", "anggur-merah-ntt", "bahteramas-sultra"), Set.copyOf(firstThree("grants")));
    }

    /**
     * Family planning is contraception: Jeko Pabesting (Maluku Tenggara) fits contraceptives against stunting and never
     * writes "keluarga berencana" or "KB"; the thesaurus names the concept's everyday and English words.
     */
    @Test
    void familyPlanningFindsTheContraceptionProgramme() {
        assertEquals("jeko-pabesting-maluku-tenggara", firstThree("family planning").getFirst());
        assertEquals("jeko-pabesting-maluku-tenggara", firstThree("KB").getFirst());
    }

    /** A clipped form that KBBI lists beside the full word finds what the full word finds ("rehab", rehabilitasi). */
    @Test
    void aClippedFormFindsWhatTheFullWordFinds() {
        List<String> clipped = Api.anonymous().queryParam("q", "rehab").queryParam("limit", 20).get("/api/v1/search")
                .then().statusCode(200).extract().path("hits.slug");
        List<String> full = Api.anonymous().queryParam("q", "rehabilitasi").queryParam("limit", 20).get("/api/v1/search")
                .then().statusCode(200).extract().path("hits.slug");
        assertFalse(full.isEmpty());
        assertEquals(Set.copyOf(full), Set.copyOf(clipped));
    }

    private static List<String> firstThree(String query) {
        return Api.anonymous().queryParam("q", query).queryParam("limit", 3)
                .get("/api/v1/search").then().statusCode(200).extract().path("hits.slug");
    }
}
