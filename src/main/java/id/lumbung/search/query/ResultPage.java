package id.lumbung.search.query;

import id.lumbung.search.query.SearchRequest.SearchSort;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopDocs;

/** One page of hits and the cursor of the next page (null on the last page). */
record ResultPage(TopDocs topDocs, String nextCursor) {

    /** A page in index order (sort values), as the collector returned it. */
    static ResultPage of(SearchSort sort, TopDocs topDocs, int limit, long total) {
        int n = topDocs.scoreDocs.length;
        String next = n == limit && total > limit ? SearchCursor.indexOrder(sort, (FieldDoc) topDocs.scoreDocs[n - 1]) : null;
        return new ResultPage(topDocs, next);
    }
}
