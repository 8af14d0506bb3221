package id.lumbung.search.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryNormalizerTest {

    @Test
    void waysOfTypingTheSameQueryCountTogether() {
        assertEquals("kemiskinan ekstrem kalbar", QueryNormalizer.normalize("  Kemiskinan   EKSTREM, Kalbar! "));
        assertEquals("kredit melati", QueryNormalizer.normalize("\"Kredit Melati\""));
        assertEquals("kabupaten", QueryNormalizer.normalize("Kabupatén"));
    }

    @Test
    void whatCouldIdentifyAPersonIsMasked() {
        assertEquals("bantuan untuk nik #", QueryNormalizer.normalize("bantuan untuk NIK 3507123456780001"));
        assertEquals("hubungi # atau #", QueryNormalizer.normalize("hubungi 0812-3456-7890 atau budi.santoso@desa.id"));
        assertEquals("data p3ke desil 1 2023", QueryNormalizer.normalize("data P3KE desil 1 2023"));
        assertNull(QueryNormalizer.normalize("3507123456780001"));
    }

    @Test
    void nothingToCountIsNothing() {
        assertNull(QueryNormalizer.normalize(null));
        assertNull(QueryNormalizer.normalize(" \"\" -- "));
        assertEquals(200, QueryNormalizer.normalize("kata ".repeat(100)).length() + 1);
    }
}
