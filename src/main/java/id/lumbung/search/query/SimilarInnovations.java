package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.index.HitCard;
import id.lumbung.search.index.SearchIndex;
import id.lumbung.search.query.SearchResult.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** "More like this": innovations whose names and descriptions share the most distinctive words. */
@ApplicationScoped
public class SimilarInnovations {

    @Inject
    IndonesianAnalysis analysis;

    @Inject
    SearchIndex index;

    @Inject
    SearchService search;

    @Inject
    SearchConfig config;

    /** What a "more like this" search found; the innovation's absence from the index is a result of its own. */
    public sealed interface Similar {
        /** The similar innovations; none when the innovation is not in the index. */
        List<Hit> items();
    }

    /** Similar innovations, and whether the time limit cut the search short. */
    public record Found(List<Hit> items, boolean partial) implements Similar {
    }

    /**
     * The innovation is not in this node's index: it is not published (or does not exist), or it was published so
     * recently that the indexer has not applied it yet. Only the catalogue can tell which.
     */
    public record NotIndexed() implements Similar {
        @Override
        public List<Hit> items() {
            return List.of();
        }
    }

    /**
     * Similar published innovations.
     *
     * @throws id.lumbung.search.index.IndexUnavailableException when this node has no sound index (the first build
     *         runs, or a damaged index is being replaced)
     */
    public Similar similarTo(String slug, int limit) {
        try {
            return index.withSearcher(shared -> {
                // Finding the innovation itself is one term; the "more like this" query is what the limit is for.
                TopDocs self = shared.search(new TermQuery(new Term(SLUG, slug)), 1);
                IndexSearcher searcher = TimeLimit.searcher(shared, config.queryTimeout());
                if (self.scoreDocs.length == 0) {
                    return new NotIndexed();
                }
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(analysis.stemmed());
                mlt.setFieldNames(new String[] {WORDS});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
                mlt.setMaxQueryTerms(25);
                // The stored texts, stemmed as the word field holds them; the word field's document frequencies.
                HitCard card = HitCard.read(searcher.getIndexReader(), new int[] {self.scoreDocs[0].doc})[0];
                Reader[] texts = Stream.of(NAME, SUMMARY, OUTCOMES).map(card::text).filter(Objects::nonNull)
                        .map(StringReader::new).toArray(Reader[]::new);
                Query like = mlt.like(WORDS, texts);
                Query query = new BooleanQuery.Builder().add(like, Occur.MUST)
                        .add(new TermQuery(new Term(SLUG, slug)), Occur.MUST_NOT).build();
                ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
                return new Found(search.read(searcher, Arrays.copyOf(docs, docs.length)), searcher.timedOut());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
