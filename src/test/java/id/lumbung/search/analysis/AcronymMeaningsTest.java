package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The meanings of a text's acronyms, from the curated domain synonyms and glossary. */
class AcronymMeaningsTest {

    @Test
    void anAcronymWrittenInCapitalsGivesItsMeanings() {
        assertEquals(List.of("kekerasan dalam rumah tangga", "kredit usaha rakyat"),
                AcronymMeanings.of("Berangkat dari tingginya KDRT, program ini", "membuka akses KUR bagi petani."));
    }

    @Test
    void aMeaningIsGivenOnceHoweverOftenItsAcronymStands() {
        assertEquals(List.of("kekerasan dalam rumah tangga"), AcronymMeanings.of("Korban KDRT dan pelaku KDRT", "KDRT"));
    }

    @Test
    void aMeaningTheTextAlreadyWritesIsNotAdded() {
        assertEquals(List.of(), AcronymMeanings.of("Kredit Usaha Rakyat (KUR) untuk nelayan"));
    }

    @Test
    void aWordNotWrittenInCapitalsIsNoAcronym() {
        // "kur" and "stunting" head rules too, but written in lower case they are words of the sentence
        assertEquals(List.of(), AcronymMeanings.of("Penurunan stunting di desa; kur semangat"));
        assertEquals(List.of(), AcronymMeanings.of("Kdrt"));
    }

    @Test
    void aTitleInCapitalsIsEmphasisNotAcronyms() {
        assertEquals(List.of(), AcronymMeanings.of("GERAKAN CEGAH STUNTING DAN KDRT"));
        assertEquals(List.of("kekerasan dalam rumah tangga"), AcronymMeanings.of("GERAKAN CEGAH STUNTING: lawan KDRT"));
        assertEquals(List.of("KDRT", "P3KE"), AcronymMeanings.acronyms("Data KDRT dan P3KE, bukan A atau 2024"));
        // acronyms side by side, or apart by punctuation, are acronyms still
        assertEquals(List.of("KDRT", "TP", "PKK"), AcronymMeanings.acronyms("remaja dan KDRT, TP PKK Kota Bogor"));
    }

    @Test
    void anAcronymNoRuleKnowsAndNoTextGiveNothing() {
        assertEquals(List.of(), AcronymMeanings.of("Aplikasi SIPANDAI", null, ""));
        assertEquals(List.of(), AcronymMeanings.of());
    }

    @Test
    void theVersionChangesWithTheMeaningsAndOnlyWithThem() {
        Map<String, List<String>> meanings = Map.of("kdrt", List.of("kekerasan dalam rumah tangga"));
        assertEquals(AcronymMeanings.version(meanings), AcronymMeanings.version(Map.of("kdrt", List.of("kekerasan dalam rumah tangga"))));
        assertNotEquals(AcronymMeanings.version(meanings), AcronymMeanings.version(Map.of("kdrt", List.of("kekerasan rumah tangga"))));
        assertEquals(12, AcronymMeanings.VERSION.length());
    }
}
