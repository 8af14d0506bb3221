package id.lumbung.search.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;

/**
 * A document's value of a flat facet dimension, indexed as Lucene's facet module indexes it (the path
 * "dimension, value" in its sorted-set doc-values field), which {@code SegmentFacets} counts; no drill-down terms,
 * as filters use the keyword fields (see {@code FacetFilter}). Built directly rather
 * than through {@code FacetsConfig.build}, which copied each document and encoded every path again: 4 % of a
 * rebuild's CPU, for a few hundred distinct values.
 */
public final class FacetValue {

    /** Every facet dimension has few values (themes, provinces, years, levels, tahapan, urusan): kept for good. */
    private static final Map<String, BytesRef> ENCODED = new ConcurrentHashMap<>();

    private FacetValue() {
    }

    public static SortedSetDocValuesField of(String dim, String value) {
        // The writer copies the bytes, so documents can share them.
        BytesRef encoded = ENCODED.computeIfAbsent(FacetsConfig.pathToString(dim, value), BytesRef::new);
        return new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, encoded);
    }
}
