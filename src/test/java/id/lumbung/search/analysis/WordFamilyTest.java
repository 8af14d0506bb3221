package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFamilyTest {

    @Test
    void aDerivedWordHasItsDictionaryRoot() {
        assertEquals("tanggulang", WordFamily.root("menanggulangi"));
        assertEquals("susun", WordFamily.root("menyusun"));
        assertEquals("daya", WordFamily.root("pemberdayaan"));
        assertEquals("kelompok", WordFamily.root("kelompok"));
    }

    @Test
    void aWordTheDictionaryDoesNotKnowHasNoRoot() {
        assertNull(WordFamily.root("stunting"));
        assertNull(WordFamily.root("p3ke"));
    }

    @Test
    void theFamilyHasTheConfixesWithNasalAssimilation() {
        Set<String> family = WordFamily.of("kelola");
        assertTrue(family.containsAll(List.of("kelola", "mengelola", "dikelola", "pengelola", "pengelolaan", "kelolaan")), family::toString);
        assertTrue(WordFamily.of("peta").containsAll(List.of("memetakan", "pemetaan", "dipetakan")));
        assertTrue(WordFamily.of("daya").containsAll(List.of("memberdayakan", "pemberdayaan", "diberdayakan", "keberdayaan", "berdaya")));
        assertTrue(WordFamily.of("rumah").containsAll(List.of("perumahan", "berumah", "serumah")));
        assertTrue(WordFamily.of("ternak").containsAll(List.of("beternak", "peternakan")));
        assertTrue(WordFamily.of("miskin").contains("kemiskinan"));
        assertTrue(WordFamily.of("sehat").contains("kesehatan"));
        assertTrue(WordFamily.of("baik").containsAll(List.of("memperbaiki", "diperbaiki", "perbaikan")));
        assertTrue(WordFamily.of("duduk").contains("kependudukan"));
        assertTrue(WordFamily.of("libat").contains("keterlibatan"));
        assertTrue(WordFamily.of("hasil").contains("berpenghasilan"));
    }

    @Test
    void theNasalFitsTheRootsFirstSound() {
        assertEquals("nyusun", WordFamily.nasalised("susun"));
        assertEquals("nulis", WordFamily.nasalised("tulis"));
        assertEquals("mantau", WordFamily.nasalised("pantau"));
        assertEquals("ngirim", WordFamily.nasalised("kirim"));
        assertEquals("mbina", WordFamily.nasalised("bina"));
        assertEquals("ndata", WordFamily.nasalised("data"));
        assertEquals("ngolah", WordFamily.nasalised("olah"));
        assertEquals("latih", WordFamily.nasalised("latih"));
        assertEquals("ngkritik", WordFamily.nasalised("kritik"));
    }
}
