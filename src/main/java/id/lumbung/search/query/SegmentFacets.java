package id.lumbung.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of one index segment as plain arrays: for each document the ordinals of its values
 * ({@code ords[starts[doc]] .. ords[starts[doc + 1] - 1]}), and for each ordinal its dimension and value. A segment
 * never changes, so the arrays are read once and counting a search's hits is a few array reads per hit.
 */
record SegmentFacets(int[] starts, int[] ords, String[] dims, String[] values) {

    static SegmentFacets read(LeafReader reader) throws IOException {
        SortedSetDocValues docValues = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int valueCount = (int) docValues.getValueCount();
        String[] dims = new String[valueCount];
        String[] values = new String[valueCount];
        for (int ord = 0; ord < valueCount; ord++) {
            String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
            if (path.length == 2) { // flat dimensions only: dimension and value
                dims[ord] = path[0];
                values[ord] = path[1];
            }
        }
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 4)];
        int next = 0;
        int doc = docValues.nextDoc();
        for (int d = 0; d < maxDoc; d++) {
            starts[d] = next;
            if (doc == d) {
                int count = docValues.docValueCount();
                if (next + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(next + count, ords.length * 2));
                }
                for (int i = 0; i < count; i++) {
                    ords[next++] = (int) docValues.nextOrd();
                }
                doc = docValues.nextDoc();
            }
        }
        starts[maxDoc] = next;
        return new SegmentFacets(starts, Arrays.copyOf(ords, next), dims, values);
    }

    /**
     * Adds the values of the given documents to the counts per dimension and value.
     *
     * @param onlyDim the one dimension to count, or null for all
     */
    void addCounts(FixedBitSet docs, Map<String, Map<String, Integer>> byDim, String onlyDim) {
        int[] counts = new int[dims.length];
        for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < docs.length() ? docs.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                counts[ords[i]]++;
            }
        }
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0 && dims[ord] != null && (onlyDim == null || onlyDim.equals(dims[ord]))) {
                byDim.computeIfAbsent(dims[ord], d -> new HashMap<>()).merge(values[ord], counts[ord], Integer::sum);
            }
        }
    }
}
