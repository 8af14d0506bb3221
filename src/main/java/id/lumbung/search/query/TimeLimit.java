package id.lumbung.search.query;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit of every request that searches the index (search, suggest, similar): a searcher of the request's own
 * over the shared reader, cut short at {@code lumbung.search.query-timeout}, so the limit applies to this request only
 * and what was found by then is answered ({@code partial: true}).
 */
final class TimeLimit {

    private TimeLimit() {
    }

    static IndexSearcher searcher(IndexSearcher shared, Duration limit) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setTimeout(new QueryTimeoutImpl(limit.toMillis()));
        return searcher;
    }
}
