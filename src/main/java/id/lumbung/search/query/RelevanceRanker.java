package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;

import id.lumbung.search.SearchConfig;
import id.lumbung.search.query.SearchCursor.Position;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The second phase of a relevance search: the best matches by the cheap recall score (the window) are ranked
 * by the full relevance query, ties by slug. Counting and facetting every match with the cheap query, and
 * spending the costly one on the window only, keeps a broad query over a large catalogue fast. Pages past the
 * window continue in recall order.
 */
@ApplicationScoped
@Startup // so that a bad lumbung.search.theme-feedback stops the start, not the first search
public class RelevanceRanker {

    /** The theme feedback's share of the best hit's score; 0 for none. */
    private double themeFeedback;

    @Inject
    RelevanceRanker(SearchConfig config) {
        this(config.themeFeedback());
    }

    RelevanceRanker(double themeFeedback) {
        if (!Double.isFinite(themeFeedback) || themeFeedback < 0) {
            throw new IllegalArgumentException("lumbung.search.theme-feedback must be a number of at least 0, not " + themeFeedback);
        }
        this.themeFeedback = themeFeedback;
    }

    ResultPage page(IndexSearcher searcher, TopDocs window, Query ranking, Position position, int limit, long total)
            throws IOException {
        int size = window.scoreDocs.length;
        // Taken before ranking: QueryRescorer writes the new scores into the window's ScoreDocs.
        ScoreDoc lastInRecallOrder = size == 0 ? null : new ScoreDoc(window.scoreDocs[size - 1].doc, window.scoreDocs[size - 1].score);
        Ranking ranked = new Ranking(searcher, rescore(searcher, window, ranking, themeFeedback));
        int from = 0;
        if (position != null) {
            while (from < size && ranked.score(from) > position.score()) {
                from++;
            }
            if (from < size && ranked.score(from) == position.score()) {
                int end = ranked.orderTies(from);
                while (from < end && ranked.slug(from).compareTo(position.slug()) <= 0) {
                    from++;
                }
            }
        }
        int to = Math.min(size, from + limit);
        for (int i = from; i < to; ) {
            i = ranked.orderTies(ranked.tieStart(i));
        }
        ScoreDoc[] docs = new ScoreDoc[to - from];
        for (int i = from; i < to; i++) {
            docs[i - from] = new ScoreDoc(ranked.doc(i), ranked.score(i));
        }
        String next = null;
        if (to < size) {
            next = SearchCursor.ranked(ranked.score(to - 1), ranked.slug(to - 1));
        } else if (total > size && lastInRecallOrder != null) {
            // The window is in recall order (score, then document number): its last hit is where the next page goes on.
            next = SearchCursor.recallOrder(lastInRecallOrder);
        }
        return new ResultPage(new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), next);
    }

    /** The window by the full relevance score and its theme feedback, descending; ties still in document order. */
    private static ScoreDoc[] rescore(IndexSearcher searcher, TopDocs window, Query ranking, double themeFeedback)
            throws IOException {
        ScoreDoc[] byScore = new QueryRescorer(ranking) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0f;
            }
        }.rescore(searcher, window, window.scoreDocs.length).scoreDocs;
        ThemeFeedback.lift(searcher.getIndexReader(), byScore, themeFeedback);
        Arrays.sort(byScore, Comparator.comparing((ScoreDoc hit) -> hit.score).reversed().thenComparingInt(hit -> hit.doc));
        return byScore;
    }

    /**
     * The ranked window, ordered by score and then slug. Only the runs of equal scores that a page shows (or its
     * cursor falls in) are put in slug order: reading every tied document's slug cost as much as a tenth of a search.
     */
    private static final class Ranking {

        private record Tied(ScoreDoc doc, String slug) {
        }

        private final IndexSearcher searcher;
        private final ScoreDoc[] docs;
        private final String[] slugs;
        /** Marks the first position of each run of equal scores already in slug order. */
        private final boolean[] ordered;

        Ranking(IndexSearcher searcher, ScoreDoc[] byScore) {
            this.searcher = searcher;
            this.docs = byScore;
            this.slugs = new String[byScore.length];
            this.ordered = new boolean[byScore.length];
        }

        int doc(int i) {
            return docs[i].doc;
        }

        float score(int i) {
            return docs[i].score;
        }

        String slug(int i) throws IOException {
            if (slugs[i] == null) {
                slugs[i] = readSlugs(searcher, new int[] {docs[i].doc})[0];
            }
            return slugs[i];
        }

        /** The first position of the run of equal scores that position i is in. */
        int tieStart(int i) {
            while (i > 0 && docs[i - 1].score == docs[i].score) {
                i--;
            }
            return i;
        }

        /** Puts the run of equal scores that starts at {@code start} in slug order; returns where the run ends. */
        int orderTies(int start) throws IOException {
            int end = start + 1;
            while (end < docs.length && docs[end].score == docs[start].score) {
                end++;
            }
            if (end - start > 1 && !ordered[start]) {
                ordered[start] = true;
                int[] ids = new int[end - start];
                for (int i = start; i < end; i++) {
                    ids[i - start] = docs[i].doc;
                }
                String[] read = readSlugs(searcher, ids);
                List<Tied> tied = new ArrayList<>(ids.length);
                for (int k = 0; k < ids.length; k++) {
                    tied.add(new Tied(docs[start + k], read[k]));
                }
                tied.sort(Comparator.comparing(Tied::slug));
                for (int k = 0; k < tied.size(); k++) {
                    docs[start + k] = tied.get(k).doc();
                    slugs[start + k] = tied.get(k).slug();
                }
            }
            return end;
        }
    }

    /** The slugs of the given documents, read from each segment's doc values in document order as they require. */
    private static String[] readSlugs(IndexSearcher searcher, int[] ids) throws IOException {
        String[] slugs = new String[ids.length];
        Integer[] byDoc = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> ids[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i : byDoc) {
            int index = ReaderUtil.subIndex(ids[i], leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                values = DocValues.getSorted(leaf.reader(), SLUG);
            }
            slugs[i] = values.advanceExact(ids[i] - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        }
        return slugs;
    }
}
