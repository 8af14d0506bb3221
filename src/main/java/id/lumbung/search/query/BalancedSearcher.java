package id.lumbung.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher whose segments are shared out over a fixed number of slices of about equal size, so that one
 * search uses every thread it is given. (Lucene's default puts up to 250 000 documents in one slice: the whole
 * catalogue would be searched on one thread.) Whole segments only: drill sideways cannot split one.
 */
final class BalancedSearcher extends IndexSearcher {

    private final int sliceCount;

    BalancedSearcher(IndexReader reader, Executor executor, int sliceCount) {
        super(reader, sliceCount > 1 ? executor : null);
        this.sliceCount = sliceCount;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int count = Math.max(1, Math.min(sliceCount, leaves.size()));
        List<List<LeafReaderContextPartition>> slices = new ArrayList<>();
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        // Largest segment first, each into the smallest slice so far.
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int smallest = 0;
            for (int i = 1; i < count; i++) {
                if (sizes[i] < sizes[smallest]) {
                    smallest = i;
                }
            }
            slices.get(smallest).add(LeafReaderContextPartition.createForEntireSegment(leaf));
            sizes[smallest] += leaf.reader().maxDoc();
        }
        return slices.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }
}
