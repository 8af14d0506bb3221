package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The meanings of a text's acronyms, from the curated domain synonyms and glossary. */
class AcronymMeaningsTest {

    @Test
    void anAcronymWrittenInCapitalsGivesItsMeanings() {
        assertEquals(List.of("kekerasan dalam rumah tangga", "kredit usaha rakyat"),
                AcronymMeanings.of("Berangkat dari tingginya KDRT, program ini", "membuka akses KUR bagi petani."));
    }

    @Test
    void everyMeaningOfEveryRuleIsGivenOnce() {
        // "umkm, usaha mikro kecil menengah, usaha mikro kecil dan menengah" and "ukm, usaha kecil menengah, umkm"
        assertEquals(List.of("usaha mikro kecil menengah", "usaha mikro kecil dan menengah", "usaha kecil menengah"),
                AcronymMeanings.of("Pelatihan UMKM dan pendampingan UMKM"));
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
    void anAcronymNoRuleKnowsAndNoTextGiveNothing() {
        assertEquals(List.of(), AcronymMeanings.of("Aplikasi SIPANDAI", null, ""));
        assertEquals(List.of(), AcronymMeanings.of());
    }

    @Test
    void theVersionNamesTheMeaningsSoAnIndexBuiltWithOthersIsRebuilt() {
        assertEquals(12, AcronymMeanings.VERSION.length());
        assertNotEquals("", AcronymMeanings.VERSION.replace("0", ""));
    }
}
