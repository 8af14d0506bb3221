package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A filter on one facet dimension (several values of a dimension are alternatives). Facet filters are kept apart
 * from the other filters because each facet's counts ignore its own filter (see {@link FacetCounter}).
 */
record FacetFilter(String dim, Query query) {

    /** The facet filters of a request, in a fixed order of dimensions. */
    static List<FacetFilter> of(SearchRequest request) {
        List<FacetFilter> filters = new ArrayList<>();
        if (!request.themes().isEmpty()) {
            filters.add(anyValue(FACET_THEME, THEME, request.themes()));
        }
        // A province code is one of its kabupaten/kota's region codes too (the request checked it is a province's).
        addIfSet(filters, FACET_PROVINCE, REGION_CODE, request.province());
        addIfSet(filters, FACET_TAHAPAN, TAHAPAN, request.tahapan());
        addIfSet(filters, FACET_LEVEL, LEVEL, request.level());
        addIfSet(filters, FACET_URUSAN, URUSAN, request.urusan());
        if (request.yearFrom() != null || request.yearTo() != null) {
            filters.add(new FacetFilter(FACET_YEAR, IntPoint.newRangeQuery(YEAR,
                    request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom(),
                    request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo())));
        }
        return filters;
    }

    /** The query with every filter applied (they do not change its scores). */
    static Query applied(Query query, List<FacetFilter> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(filter -> filtered.add(filter.query(), Occur.FILTER));
        return filtered.build();
    }

    private static void addIfSet(List<FacetFilter> filters, String dim, String field, String value) {
        if (value != null) {
            filters.add(anyValue(dim, field, List.of(value)));
        }
    }

    /** Documents with any of the values on a dimension: terms of the keyword field that holds the dimension's values. */
    private static FacetFilter anyValue(String dim, String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        return new FacetFilter(dim, new ConstantScoreQuery(any.build()));
    }
}
