package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class RuleWordFilterTest {

    private static final Analyzer CONCEPTS = IndonesianAnalysis.query(new SynonymRules()
            .add("loan, farmer => kredit").add("pantau => monitoring").add("community => komunitas").built(), null);

    @Test
    void aRuleMatchesTheRegularFormsOfItsWords() {
        assertEquals(List.of("kredit"), tokens("loans"));
        assertEquals(List.of("kredit"), tokens("farmers"));
        assertEquals(List.of("komunitas"), tokens("communities"));
        assertEquals(List.of("monitoring"), tokens("memantau"));
    }

    @Test
    void wordsTheRulesDoNotKnowInAnyFormStayAsTyped() {
        assertEquals(List.of("sekolah"), tokens("sekolah"));
        assertEquals(List.of("bantuan"), tokens("bantuan"));
        assertEquals(List.of("loaner"), tokens("loaner"));
    }

    private static List<String> tokens(String text) {
        return IndonesianAnalysis.tokens(CONCEPTS, text);
    }
}
