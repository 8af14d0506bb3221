package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class RuleWordFilterTest {

    private static final Analyzer CONCEPTS = IndonesianAnalysis.query(new SynonymRules()
            .add("loan, farmer => kredit").add("pantau => monitoring").add("community => komunitas").built(), false);

    @Test
    void aRuleMatchesTheRegularFormsOfItsWords() throws IOException {
        assertEquals(List.of("kredit"), tokens("loans"));
        assertEquals(List.of("kredit"), tokens("farmers"));
        assertEquals(List.of("komunitas"), tokens("communities"));
        assertEquals(List.of("monitoring"), tokens("memantau"));
    }

    @Test
    void wordsTheRulesDoNotKnowInAnyFormStayAsTyped() throws IOException {
        assertEquals(List.of("sekolah"), tokens("sekolah"));
        assertEquals(List.of("bantuan"), tokens("bantuan"));
        assertEquals(List.of("loaner"), tokens("loaner"));
    }

    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = CONCEPTS.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
