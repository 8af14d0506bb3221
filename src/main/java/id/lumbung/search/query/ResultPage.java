package id.lumbung.search.query;

import id.lumbung.search.query.SearchRequest.SearchSort;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopDocs;

/** One page of hits and the cursor of the next page (null on the last page). */
record ResultPage(TopDocs topDocs, String nextCursor) {

    /** A page in sort order, as the collector returned it. */
    static ResultPage sorted(SearchSort sort, TopDocs topDocs, int limit, long total) {
        int n = topDocs.scoreDocs.length;
        String next = n == limit && total > limit ? SearchCursor.sortOrder(sort, (FieldDoc) topDocs.scoreDocs[n - 1]) : null;
        return new ResultPage(topDocs, next);
    }

    /** A page of a relevance search past its ranked window, in recall order. */
    static ResultPage recallOrder(TopDocs topDocs, int limit) {
        int n = topDocs.scoreDocs.length;
        return new ResultPage(topDocs, n == limit ? SearchCursor.recallOrder(topDocs.scoreDocs[n - 1]) : null);
    }
}
