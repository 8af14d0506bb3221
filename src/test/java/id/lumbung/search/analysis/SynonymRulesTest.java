package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SynonymRulesTest {

    @Test
    void termsWithStopWordsAreReadWithoutThem() {
        // Lucene refuses a term analysed with a gap; these rules were silently dropped before.
        assertEquals("rtlh, rumah layak huni, bedah rumah", SynonymRules.withoutStopWords("rtlh, rumah tidak layak huni, bedah rumah"));
        assertEquals("umkm, usaha mikro menengah", SynonymRules.withoutStopWords("UMKM, usaha mikro kecil dan menengah"));
        assertEquals("miskin, melarat => miskin", SynonymRules.withoutStopWords("miskin, tidak mampu, melarat => miskin"));
        assertNull(SynonymRules.problemWith("rtlh, rumah tidak layak huni"));
        assertNull(SynonymRules.problemWith("kemendagri, kementerian dalam negeri"));
    }

    @Test
    void aRuleOfStopWordsOnlyIsStillRefused() {
        assertNotNull(SynonymRules.problemWith("dan, yang"));
        assertNotNull(SynonymRules.problemWith("a => b => c"));
    }
}
