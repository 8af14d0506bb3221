package id.lumbung.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.lumbung.common.ApiProblem;
import id.lumbung.search.query.SearchRequest.SearchSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cursor is decoded only when it has the arity and the value types of its sort; anything else is a 400. */
class SearchCursorTest {

    @Test
    void aCursorOfTheServiceDecodesToTheSameValues() {
        FieldDoc last = new FieldDoc(7, 1.5f, new Object[] {2019L, 1.5f, new BytesRef("gertak-trenggalek")});
        SearchCursor.Position position = SearchCursor.decode(SearchSort.newest, SearchCursor.sortOrder(SearchSort.newest, last));
        assertEquals(SearchCursor.Kind.SORTED, position.kind());
        assertEquals(2019L, position.sortAfter().fields[0]);
        assertEquals(1.5f, position.sortAfter().fields[1]);
        assertEquals(new BytesRef("gertak-trenggalek"), position.sortAfter().fields[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1|newest|l1", "s1|newest|l1|f0", "s1|newest|l1|f0|sa|sb", "s1|newest|sa|f0|l1",
        "s1|newest|l1|l1|sa", "s1|newest|l1|f0|", "s1|newest|lx|f0|sa", "s1|newest|l1|f2143289344|sa",
        "s1|most_replicated|n|f0|sa"})
    void craftedSortCursorsAreRefused(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        SearchSort sort = SearchSort.valueOf(text.split("\\|")[1]);
        ApiProblem problem = assertThrows(ApiProblem.class, () -> SearchCursor.decode(sort, cursor));
        assertEquals(400, problem.getStatusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"r1|relevance|2143289344|gertak", "w1|relevance|2139095040|3", "w1|relevance|1|-4"})
    void rankedCursorsWithoutAFiniteScoreOrWithANegativeDocumentAreRefused(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        assertThrows(ApiProblem.class, () -> SearchCursor.decode(SearchSort.relevance, cursor));
    }
}
