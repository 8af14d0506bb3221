package id.lumbung.search.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The remembered forms of a word are those the stemmed chain gives it, whether the word is seen the first time or
 * again, after the table has grown or been emptied, and after the stemmer has changed.
 */
class WordFormsTest {

    private static final List<String> WORDS = List.of("pemberdayaan", "memberdayakan", "perempuan", "kemiskinan",
            "dimiskinkan", "umkm", "p3ke", "bantuannya", "penanggulangan", "tunanetra", "café", "москва", "ñandu", "a");

    private static final IndonesianAnalysis LUCENE = new IndonesianAnalysis(Stemmer.lucene);
    private static final IndonesianAnalysis SASTRAWI = new IndonesianAnalysis(Stemmer.sastrawi);

    @Test
    void formsAreThoseOfTheStemmedChainSeenOnceOrAgain() throws IOException {
        for (int round = 0; round < 2; round++) {
            for (String word : WORDS) {
                assertForms(word);
            }
        }
    }

    @Test
    void formsStayRightWhileTheTableGrowsAndIsEmptied() throws IOException {
        // More distinct words than the table keeps: it grows several times, then is emptied and filled again.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            words.add("pember" + Integer.toString(i, 36) + "an");
        }
        for (String word : words) {
            assertForms(word);
        }
        for (String word : words.subList(0, 2_000)) {
            assertForms(word);
        }
        for (String word : WORDS) {
            assertForms(word);
        }
    }

    @Test
    void aChangedStemmerIsUsedForWordsSeenBefore() throws IOException {
        assertForms("pemberdayaan");
        assertForms(SASTRAWI, "pemberdayaan");
        assertEquals("daya", only(SASTRAWI.stemmed(), "pemberdayaan"));
        assertEquals("daya", new String(WordForms.forThisThread(SASTRAWI).of("pemberdayaan".toCharArray(), 12).stem()));
        assertForms("pemberdayaan");
    }

    /** The word's forms from the table, against the exact and the stemmed chain. */
    private static void assertForms(String word) throws IOException {
        assertForms(LUCENE, word);
    }

    private static void assertForms(IndonesianAnalysis analysis, String word) throws IOException {
        String exact = only(IndonesianAnalysis.exact(), word);
        char[] buffer = (exact + "#garbage after the word").toCharArray();
        WordForms.Word forms = WordForms.forThisThread(analysis).of(buffer, exact.length());
        assertArrayEquals(exact.getBytes(StandardCharsets.UTF_8), forms.utf8(), word);
        String stem = only(analysis.stemmed(), word);
        assertEquals(stem, new String(forms.stem()), word);
        assertArrayEquals(stem.getBytes(StandardCharsets.UTF_8), forms.stemUtf8(), word);
    }


    /** The one token a chain makes of the word. */
    private static String only(Analyzer chain, String word) throws IOException {
        try (chain; TokenStream stream = chain.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            assertTrue(stream.incrementToken(), word);
            String token = term.toString();
            assertFalse(stream.incrementToken(), word);
            stream.end();
            return token;
        }
    }
}
