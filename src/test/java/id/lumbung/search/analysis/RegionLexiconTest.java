package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.region.RegionType;
import id.lumbung.search.analysis.RegionLexicon.Place;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionLexiconTest {

    private static final Place KALBAR = new Place("61", "Provinsi Kalimantan Barat", RegionType.provinsi, "61");
    private static final Place KETAPANG = new Place("61.04", "Kabupaten Ketapang", RegionType.kabupaten, "61");
    private static final Place JATIM = new Place("35", "Provinsi Jawa Timur", RegionType.provinsi, "35");
    private static final Place KAB_BANDUNG = new Place("32.04", "Kabupaten Bandung", RegionType.kabupaten, "32");
    private static final Place KOTA_BANDUNG = new Place("32.73", "Kota Bandung", RegionType.kota, "32");

    private static final RegionLexicon LEXICON = RegionLexicon.of(List.of(KALBAR, JATIM, KETAPANG, KAB_BANDUNG, KOTA_BANDUNG),
            Map.of("61", List.of("kalbar", "kalimantan barat"), "35", List.of("jatim", "jawa timur"),
                    "61.04", List.of("ketapang", "kab ketapang"), "32.04", List.of("bandung"), "32.73", List.of("bandung")));

    @Test
    void aQueryThatIsANameOrAbbreviationNamesTheRegion() {
        assertEquals(KALBAR, LEXICON.match("Kalbar").region());
        assertTrue(LEXICON.match("Kalbar").exact());
        assertEquals(KETAPANG, LEXICON.match("  Kab. Ketapang ").region());
        assertEquals(KETAPANG, LEXICON.match("Kabupaten Ketapang").region());
        assertEquals(JATIM, LEXICON.match("jawa timur").region());
    }

    @Test
    void aNearSpellingNamesTheRegionButIsNotExact() {
        RegionLexicon.Match match = LEXICON.match("Ketapng");
        assertEquals(KETAPANG, match.region());
        assertFalse(match.exact());
        assertEquals(JATIM, LEXICON.match("jatm").region());
        assertEquals(KALBAR, LEXICON.match("kalimatan barat").region());
    }

    @Test
    void aSharedNameGivesTheCityAndNamesTheOther() {
        RegionLexicon.Match match = LEXICON.match("Bandung");
        assertEquals(KOTA_BANDUNG, match.region());
        assertEquals(List.of(KAB_BANDUNG), match.others());
    }

    @Test
    void otherQueriesNameNoRegion() {
        assertNull(LEXICON.match("stunting Kalbar"));
        assertNull(LEXICON.match("keluar"));
        assertNull(LEXICON.match("ntt"));
        assertNull(LEXICON.match(""));
    }

    @Test
    void regionWordsAreKnownAndNearSpellingsFindThem() {
        assertTrue(LEXICON.isRegionWord("kalbar"));
        assertTrue(LEXICON.isRegionWord("ketapang"));
        assertFalse(LEXICON.isRegionWord("keluar"));
        assertEquals("kalbar", LEXICON.nearestWord("kalbr"));
        assertEquals("ketapang", LEXICON.nearestWord("ketapnag"));
        assertEquals("jatim", LEXICON.nearestWord("jatm"));
        assertNull(LEXICON.nearestWord("kalbar"));
        assertNull(LEXICON.nearestWord("kemiskinan"));
        assertNull(LEXICON.nearestWord("atim"));
    }
}
