package id.lumbung.search.query;

import org.apache.lucene.search.Query;

/** A filter on one facet dimension (several values of a dimension are alternatives). */
record FacetFilter(String dim, Query query) {
}
