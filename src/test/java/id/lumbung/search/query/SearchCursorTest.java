package id.lumbung.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.lumbung.search.query.SearchRequest.SearchSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
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
        InvalidCursorException refused = assertThrows(InvalidCursorException.class, () -> SearchCursor.decode(sort, cursor));
        assertEquals("is not a cursor of this search and sort", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"r1|relevance|2143289344|gertak", "w1|relevance|2139095040|3", "w1|relevance|1|-4"})
    void rankedCursorsWithoutAFiniteScoreOrWithANegativeDocumentAreRefused(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidCursorException.class, () -> SearchCursor.decode(SearchSort.relevance, cursor));
    }

    @Test
    void rankedAndRecallCursorsDecodeToWhatWasEncoded() {
        SearchCursor.Position ranked = SearchCursor.decode(SearchSort.relevance, SearchCursor.ranked(3.25f, "jatim-puspa"));
        assertEquals(SearchCursor.Kind.RANKED, ranked.kind());
        assertEquals(3.25f, ranked.score());
        assertEquals("jatim-puspa", ranked.slug());

        SearchCursor.Position recall = SearchCursor.decode(SearchSort.relevance,
                SearchCursor.recallOrder(new ScoreDoc(41, 0.5f)));
        assertEquals(SearchCursor.Kind.RECALL, recall.kind());
        assertEquals(41, recall.recallAfter().doc);
        assertEquals(0.5f, recall.recallAfter().score);
    }

    @Test
    void aSortedCursorOfASearchWithoutWordsKeepsScoreAndSlug() {
        FieldDoc last = new FieldDoc(2, 1f, new Object[] {1f, new BytesRef("gertak-trenggalek")});
        SearchCursor.Position position = SearchCursor.decode(SearchSort.relevance,
                SearchCursor.sortOrder(SearchSort.relevance, last));
        assertEquals(SearchCursor.Kind.SORTED, position.kind());
        assertEquals(List.of(1f, new BytesRef("gertak-trenggalek")), List.of(position.sortAfter().fields));
        // After the last hit itself: a hit with equal sort values is not served again.
        assertEquals(Integer.MAX_VALUE, position.sortAfter().doc);
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(SearchCursor.decode(SearchSort.relevance, null));
        assertNull(SearchCursor.decode(SearchSort.newest, " "));
    }

    @Test
    void aCursorIsValidOnlyForTheSortItWasMadeFor() {
        String newest = SearchCursor.sortOrder(SearchSort.newest,
                new FieldDoc(7, 1.5f, new Object[] {2019L, 1.5f, new BytesRef("gertak-trenggalek")}));
        String ranked = SearchCursor.ranked(2f, "gertak-trenggalek");
        assertRefused(SearchSort.most_replicated, newest);
        assertRefused(SearchSort.relevance, newest);
        assertRefused(SearchSort.newest, ranked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "a b", "djE6Z2VydGFr=", "%2F%2F"})
    void whatIsNotBase64UrlIsRefused(String cursor) {
        assertRefused(SearchSort.relevance, cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1:gertak-trenggalek", "x1|relevance|0|gertak", "r1|relevance|0", "r1|relevance|0|a|b",
        "r1|relevance|nol|gertak", "w1|relevance|0|x", "w1|relevance|0", "w1|relevance|0|99999999999", "r1|relevance||"})
    void craftedRankedAndRecallCursorsAreRefused(String text) {
        assertRefused(SearchSort.relevance, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Refused as a cursor (the API answers it with a 400 naming the cursor parameter: SearchPagingTest). */
    private static void assertRefused(SearchSort sort, String cursor) {
        InvalidCursorException refused = assertThrows(InvalidCursorException.class, () -> SearchCursor.decode(sort, cursor));
        assertEquals("is not a cursor of this search and sort", refused.getMessage());
    }
}
