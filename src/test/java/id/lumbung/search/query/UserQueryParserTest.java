package id.lumbung.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.query.UserQuery.Clause;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(32);

    @Test
    void wordsPhrasesExclusionsAndOr() {
        UserQuery q = parser.parse("stunting \"gerakan tengok bawah\" -jakarta bumdes OR koperasi");
        assertEquals(List.of(
                new Clause(List.of("stunting"), false, false),
                new Clause(List.of("gerakan tengok bawah"), true, false),
                new Clause(List.of("jakarta"), false, true),
                new Clause(List.of("bumdes", "koperasi"), false, false)), q.clauses());
    }

    @Test
    void unbalancedQuotesAndStrayOperatorsAreText() {
        assertEquals(List.of(new Clause(List.of("kemiskinan ekstrem"), true, false)),
                parser.parse("\"kemiskinan ekstrem").clauses());
        assertEquals(List.of(new Clause(List.of("OR"), false, false)), parser.parse("OR").clauses());
        assertEquals(List.of(new Clause(List.of("-"), false, false)), parser.parse("-").clauses());
        assertTrue(parser.parse("\"\"").isEmpty());
    }

    @Test
    void fieldSyntaxIsJustText() {
        UserQuery q = parser.parse("status:draft");
        assertEquals(List.of(new Clause(List.of("status:draft"), false, false)), q.clauses());
    }

    @Test
    void controlCharactersAreSpacesAndClausesAreBounded() {
        assertEquals(2, parser.parse("satu\u0000dua").clauses().size());
        UserQuery many = parser.parse("kata ".repeat(1000));
        assertEquals(32, many.clauses().size());
        assertTrue(many.truncated());
        assertFalse(parser.parse("dua kata").truncated());
    }
}
