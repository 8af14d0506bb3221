package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;

import id.lumbung.search.query.SearchCursor.Position;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public class RelevanceRanker {

    record Ranked(int doc, float score, String slug) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::score).reversed()
            .thenComparing(Ranked::slug);

    ResultPage page(IndexSearcher searcher, TopDocs window, Query ranking, Position position, int limit, long total)
            throws IOException {
        int size = window.scoreDocs.length;
        // Taken before ranking: QueryRescorer writes the new scores into the window's ScoreDocs.
        ScoreDoc lastInRecallOrder = size == 0 ? null : new ScoreDoc(window.scoreDocs[size - 1].doc, window.scoreDocs[size - 1].score);
        List<Ranked> ranked = rank(searcher, window, ranking);
        int from = 0;
        if (position != null) {
            Ranked after = new Ranked(-1, position.score(), position.slug());
            while (from < ranked.size() && ORDER.compare(ranked.get(from), after) <= 0) {
                from++;
            }
        }
        int to = Math.min(ranked.size(), from + limit);
        ScoreDoc[] docs = ranked.subList(from, to).stream().map(r -> new ScoreDoc(r.doc(), r.score())).toArray(ScoreDoc[]::new);
        String next = null;
        if (to < ranked.size()) {
            Ranked last = ranked.get(to - 1);
            next = SearchCursor.ranked(last.score(), last.slug());
        } else if (total > size && lastInRecallOrder != null) {
            // The window is in recall order (score, then document number): its last hit is where the next page goes on.
            next = SearchCursor.recallOrder(lastInRecallOrder);
        }
        return new ResultPage(new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), next);
    }

    private static List<Ranked> rank(IndexSearcher searcher, TopDocs window, Query ranking) throws IOException {
        TopDocs rescored = new QueryRescorer(ranking) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0f;
            }
        }.rescore(searcher, window, window.scoreDocs.length);
        Map<Integer, String> slugs = slugs(searcher, rescored.scoreDocs);
        List<Ranked> ranked = new ArrayList<>(rescored.scoreDocs.length);
        for (ScoreDoc doc : rescored.scoreDocs) {
            ranked.add(new Ranked(doc.doc, doc.score, slugs.get(doc.doc)));
        }
        ranked.sort(ORDER);
        return ranked;
    }

    /**
     * Slugs from each segment's doc values, read in doc id order as doc values require. (A merged view over
     * all segments would build an ordinal map of every slug in the index on each search.)
     */
    private static Map<Integer, String> slugs(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).sorted().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, String> slugs = new HashMap<>();
        int leafIndex = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int id : ids) {
            int index = ReaderUtil.subIndex(id, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                values = DocValues.getSorted(leaf.reader(), SLUG);
            }
            slugs.put(id, values.advanceExact(id - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "");
        }
        return slugs;
    }
}
