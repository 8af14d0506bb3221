package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.lumbung.search.query.SearchRequest.SearchSort;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second phase of a relevance search on a small index in memory: a window chosen by a flat recall score is
 * ordered by the ranking score, ties by slug whatever the document order, and paged by cursor without a repeat.
 */
class RelevanceRankerTest {

    /** Slugs in document order (not slug order), with the ranking score each is given. */
    private static final List<String> SLUGS = List.of("charlie", "foxtrot", "alpha", "delta", "echo", "bravo");
    private static final Map<String, Float> SCORES = Map.of("delta", 3f, "alpha", 2f, "bravo", 2f, "charlie", 2f, "echo", 1f);
    private static final List<String> RANKED = List.of("delta", "alpha", "bravo", "charlie", "echo", "foxtrot");

    private static InMemoryIndex index;

    @BeforeAll
    static void index() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (String slug : SLUGS) {
            Document doc = new Document();
            doc.add(new StringField(SLUG, slug, Field.Store.NO));
            doc.add(new SortedDocValuesField(SLUG, new BytesRef(slug)));
            documents.add(doc);
        }
        index = new InMemoryIndex(new KeywordAnalyzer(), documents);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Each document's ranking score as a constant: foxtrot does not match the ranking query. */
    private static Query ranking() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        SCORES.forEach((slug, score) -> any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SLUG, slug))),
                score), Occur.SHOULD));
        return any.build();
    }

    /** Every document, all with the same recall score, in document order. */
    private static TopDocs window() throws IOException {
        return index.searcher.search(new MatchAllDocsQuery(), SLUGS.size());
    }

    private static ResultPage page(SearchCursor.Position position, int limit, long total) throws IOException {
        return new RelevanceRanker(0).page(index.searcher, window(), ranking(), position, limit, total);
    }

    private static List<String> slugs(ResultPage page) throws IOException {
        List<String> slugs = new ArrayList<>();
        for (ScoreDoc doc : page.topDocs().scoreDocs) {
            slugs.add(index.slug(doc.doc));
        }
        return slugs;
    }

    private static List<Float> scores(ResultPage page) {
        List<Float> scores = new ArrayList<>();
        for (ScoreDoc doc : page.topDocs().scoreDocs) {
            scores.add(doc.score);
        }
        return scores;
    }

    @Test
    void theWindowIsOrderedByTheRankingScoreThenBySlug() throws IOException {
        ResultPage all = page(null, 10, SLUGS.size());
        assertEquals(RANKED, slugs(all));
        assertEquals(List.of(3f, 2f, 2f, 2f, 1f, 0f), scores(all), "a document the ranking does not match scores 0");
        assertNull(all.nextCursor(), "the window holds every match");
    }

    @Test
    void pagesOfTwoWalkTheRankingOnceThroughTies() throws IOException {
        List<String> walked = new ArrayList<>();
        SearchCursor.Position position = null;
        List<String> cursors = new ArrayList<>();
        do {
            ResultPage page = page(position, 2, SLUGS.size());
            walked.addAll(slugs(page));
            cursors.add(page.nextCursor());
            position = page.nextCursor() == null ? null : SearchCursor.decode(SearchSort.relevance, page.nextCursor());
        } while (position != null);
        assertEquals(RANKED, walked);
        assertEquals(3, cursors.size());
        // The cursor of the first page sits inside the tie at 2: after alpha, before bravo.
        assertEquals(SearchCursor.ranked(2f, "alpha"), cursors.getFirst());
    }

    @Test
    void aCursorInsideATieGoesOnAfterItsSlug() throws IOException {
        assertEquals(List.of("charlie", "echo", "foxtrot"), slugs(page(SearchCursor.decode(SearchSort.relevance,
                SearchCursor.ranked(2f, "bravo")), 10, SLUGS.size())));
        // A slug no longer in the window (deleted since) still places the cursor by score and slug order.
        assertEquals(List.of("bravo", "charlie", "echo", "foxtrot"), slugs(page(SearchCursor.decode(SearchSort.relevance,
                SearchCursor.ranked(2f, "alpha-gone")), 10, SLUGS.size())));
    }

    @Test
    void pastTheWindowTheNextCursorGoesOnInRecallOrder() throws IOException {
        // More matches than the window holds: the last page of the window points at its last document in recall order.
        ResultPage last = page(SearchCursor.decode(SearchSort.relevance, SearchCursor.ranked(1f, "echo")), 10, 100);
        assertEquals(List.of("foxtrot"), slugs(last));
        SearchCursor.Position next = SearchCursor.decode(SearchSort.relevance, last.nextCursor());
        assertEquals(SearchCursor.Kind.RECALL, next.kind());
        ScoreDoc lastOfWindow = window().scoreDocs[SLUGS.size() - 1];
        assertEquals(lastOfWindow.doc, next.recallAfter().doc);
        assertEquals(lastOfWindow.score, next.recallAfter().score);
    }
}
