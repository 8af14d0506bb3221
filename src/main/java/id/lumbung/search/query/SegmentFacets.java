package id.lumbung.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of one index segment as plain arrays: for each document the ordinals of its values
 * ({@code ords[starts[doc]] .. ords[starts[doc + 1] - 1]}), and for each ordinal its dimension and value. A segment
 * never changes, so the arrays are read once and counting a search's hits is a few array reads per hit. The counts
 * over every document of the segment (deleted ones too) let a search that matches most of it count the documents it
 * does not match instead.
 */
record SegmentFacets(int[] starts, int[] ords, String[] dims, String[] values, int[] everyDocCounts) {

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
        int[] everyDocCounts = new int[valueCount];
        for (int i = 0; i < next; i++) {
            everyDocCounts[ords[i]]++;
        }
        return new SegmentFacets(starts, Arrays.copyOf(ords, next), dims, values, everyDocCounts);
    }

    /**
     * Adds the values of the given documents to the counts per dimension and value.
     *
     * @param onlyDim the one dimension to count, or null for all
     */
    void addCounts(FixedBitSet docs, Map<String, Map<String, Integer>> byDim, String onlyDim) {
        int[] counts;
        if (docs.cardinality() * 2L > docs.length()) {
            counts = everyDocCounts.clone();
            count(docs, true, counts, -1);
        } else {
            counts = new int[dims.length];
            count(docs, false, counts, 1);
        }
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0 && dims[ord] != null && (onlyDim == null || onlyDim.equals(dims[ord]))) {
                byDim.computeIfAbsent(dims[ord], d -> new HashMap<>()).merge(values[ord], counts[ord], Integer::sum);
            }
        }
    }

    /** Adds {@code delta} for each value of the documents in the set, or (complement) of those not in it. */
    private void count(FixedBitSet docs, boolean complement, int[] counts, int delta) {
        long[] words = docs.getBits();
        int length = docs.length();
        int wordCount = (length + 63) >>> 6;
        for (int w = 0; w < wordCount; w++) {
            long word = complement ? ~words[w] : words[w];
            if (w == wordCount - 1 && (length & 63) != 0) {
                word &= (1L << (length & 63)) - 1; // bits past the last document
            }
            while (word != 0) {
                int doc = (w << 6) | Long.numberOfTrailingZeros(word);
                word &= word - 1;
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[ords[i]] += delta;
                }
            }
        }
    }
}
