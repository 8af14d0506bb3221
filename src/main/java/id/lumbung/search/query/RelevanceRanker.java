package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;

import id.lumbung.search.query.SearchCursor.Position;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
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
public class RelevanceRanker {

    record Ranked(int doc, float score, String slug) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::score).reversed()
            .thenComparing(Ranked::slug, Comparator.nullsFirst(Comparator.naturalOrder()));

    ResultPage page(IndexSearcher searcher, TopDocs window, Query ranking, Position position, int limit, long total)
            throws IOException {
        int size = window.scoreDocs.length;
        // Taken before ranking: QueryRescorer writes the new scores into the window's ScoreDocs.
        ScoreDoc lastInRecallOrder = size == 0 ? null : new ScoreDoc(window.scoreDocs[size - 1].doc, window.scoreDocs[size - 1].score);
        List<Ranked> ranked = rank(searcher, window, ranking);
        int from = 0;
        if (position != null) {
            while (from < ranked.size() && notAfter(searcher, ranked.get(from), position)) {
                from++;
            }
        }
        int to = Math.min(ranked.size(), from + limit);
        ScoreDoc[] docs = ranked.subList(from, to).stream().map(r -> new ScoreDoc(r.doc(), r.score())).toArray(ScoreDoc[]::new);
        String next = null;
        if (to < ranked.size()) {
            Ranked last = ranked.get(to - 1);
            next = SearchCursor.ranked(last.score(), last.slug() != null ? last.slug() : slug(searcher, last.doc()));
        } else if (total > size && lastInRecallOrder != null) {
            // The window is in recall order (score, then document number): its last hit is where the next page goes on.
            next = SearchCursor.recallOrder(lastInRecallOrder);
        }
        return new ResultPage(new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), next);
    }

    /** Whether a ranked hit comes before the cursor's position or is the hit it names: score, then slug. */
    private static boolean notAfter(IndexSearcher searcher, Ranked hit, Position cursor) throws IOException {
        int byScore = Float.compare(cursor.score(), hit.score());
        if (byScore != 0) {
            return byScore < 0;
        }
        String slug = hit.slug() != null ? hit.slug() : slug(searcher, hit.doc());
        return slug.compareTo(cursor.slug()) <= 0;
    }

    private static List<Ranked> rank(IndexSearcher searcher, TopDocs window, Query ranking) throws IOException {
        TopDocs rescored = new QueryRescorer(ranking) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0f;
            }
        }.rescore(searcher, window, window.scoreDocs.length);
        ScoreDoc[] docs = rescored.scoreDocs; // by score, descending
        String[] slugs = tiedSlugs(searcher, docs);
        List<Ranked> ranked = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ranked.add(new Ranked(docs[i].doc, docs[i].score, slugs[i]));
        }
        ranked.sort(ORDER);
        return ranked;
    }

    /**
     * The slugs that order ties: of every document whose score another shares, read from each segment's doc
     * values in doc id order as doc values require; null for the others. Scores rarely tie, and a tie-break
     * key for every document of the window cost as much as a tenth of a search.
     */
    private static String[] tiedSlugs(IndexSearcher searcher, ScoreDoc[] byScore) throws IOException {
        String[] slugs = new String[byScore.length];
        List<Integer> tied = new ArrayList<>();
        for (int i = 0; i < byScore.length; i++) {
            if ((i > 0 && byScore[i - 1].score == byScore[i].score)
                    || (i + 1 < byScore.length && byScore[i + 1].score == byScore[i].score)) {
                tied.add(i);
            }
        }
        tied.sort(Comparator.comparingInt(i -> byScore[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i : tied) {
            int id = byScore[i].doc;
            int index = ReaderUtil.subIndex(id, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                values = DocValues.getSorted(leaf.reader(), SLUG);
            }
            slugs[i] = values.advanceExact(id - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        }
        return slugs;
    }

    /** The slug of one document (a page's last hit, for its cursor). */
    private static String slug(IndexSearcher searcher, int id) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(id, leaves));
        SortedDocValues values = DocValues.getSorted(leaf.reader(), SLUG);
        return values.advanceExact(id - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
}
