package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AbbreviationFinderTest {

    @Test
    void aLongFormFollowedByItsAbbreviationIsADefinition() {
        assertEquals(Set.of("rtlh, rumah tidak layak huni"),
                AbbreviationFinder.rules("Pemkab memandang rumah tidak layak huni (RTLH) sebagai cerminan kemiskinan."));
        assertEquals(Set.of("tkpk, tim koordinasi penanggulangan kemiskinan"),
                AbbreviationFinder.rules("Evaluasi oleh Tim Koordinasi Penanggulangan Kemiskinan (TKPK) daerah."));
        assertEquals(Set.of("p3ke, pensasaran percepatan penghapusan kemiskinan ekstrem"),
                AbbreviationFinder.rules("data Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem (P3KE)"));
    }

    @Test
    void anAbbreviationFollowedByItsLongFormIsADefinitionToo() {
        assertEquals(Set.of("kek, kurang energi kronis"), AbbreviationFinder.rules("ibu hamil KEK (kurang energi kronis) dan balita"));
    }

    @Test
    void otherParenthesesDefineNothing() {
        assertEquals(Set.of(), AbbreviationFinder.rules("turun dari 17,95% (2011) menjadi 14,86% (akhir 2015)"));
        assertEquals(Set.of(), AbbreviationFinder.rules("Kertijayan (perkotaan), Mulyorejo (pesisir)"));
        assertEquals(Set.of(), AbbreviationFinder.rules("status desa tertinggal (IDT)"));
        assertEquals(Set.of(), AbbreviationFinder.rules("pinjaman modal (KUR)"));
        assertEquals(Set.of(), AbbreviationFinder.rules(null));
    }
}
