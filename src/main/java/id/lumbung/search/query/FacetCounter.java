package id.lumbung.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts a search's matches and their facet values, each facet ignoring its own filter ("drill sideways"), so a
 * user can widen it. The text query runs once, without scores, into a bit set per segment; each facet filter is a
 * bit set too (Lucene's query cache keeps the frequent ones); the matches are the intersection of all, and a
 * filtered facet is counted over the intersection of all the other filters. Values are counted from each
 * segment's {@link SegmentFacets} and merged by name: the catalogue's facets have a few hundred values at most.
 */
@ApplicationScoped
public class FacetCounter {

    /**
     * The number of matches and the counts per dimension and value. {@code complete} is false when counting stopped
     * at the exact-count limit: then the total and every count are those of the documents visited, each a lower
     * bound of the true figure.
     */
    record Counts(long total, boolean complete, Map<String, Map<String, Integer>> byDim) {
    }

    private final Map<IndexReader.CacheKey, SegmentFacets> segments = new ConcurrentHashMap<>();

    /** Counts every match (no limit). */
    Counts count(IndexSearcher searcher, Query words, List<FacetFilter> filters) throws IOException {
        return count(searcher, words, filters, 0);
    }

    /**
     * @param exactLimit above about this many matches (of the words and every filter) counting stops: each segment
     *                   is visited in document order until its share of the limit (in proportion to its size) is
     *                   reached, and the figures are those of the visited documents; 0 counts every match. The same
     *                   search always stops at the same documents (no race between the slices), so its figures and
     *                   ETag stay the same.
     */
    Counts count(IndexSearcher searcher, Query words, List<FacetFilter> filters, int exactLimit) throws IOException {
        Weight[] filterWeights = new Weight[filters.size()];
        for (int i = 0; i < filterWeights.length; i++) {
            filterWeights[i] = searcher.createWeight(searcher.rewrite(filters.get(i).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        Counts counts = count(searcher, words, filters, filterWeights, exactLimit, 0);
        if (!counts.complete() && counts.total() < exactLimit) {
            // The matches crowd into a few segments, which stopped at their share: those may count up to the limit.
            counts = count(searcher, words, filters, filterWeights, exactLimit, exactLimit);
        }
        return counts;
    }

    private Counts count(IndexSearcher searcher, Query words, List<FacetFilter> filters, Weight[] filterWeights,
            int exactLimit, int shareFloor) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        LeafMatches[] matches = searcher.search(words, new MatchSets(reader.leaves().size(), filterWeights,
                exactLimit, shareFloor, reader.maxDoc()));
        long total = 0;
        boolean complete = true;
        Map<String, Map<String, Integer>> byDim = new HashMap<>();
        Map<String, Map<String, Integer>> sideways = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafMatches leafMatches = matches[leaf.ord];
            if (leafMatches == null) {
                continue;
            }
            complete &= !leafMatches.truncated();
            FixedBitSet wordMatches = leafMatches.words();
            FixedBitSet[] filtered = leafMatches.filters();
            SegmentFacets facets = segment(leaf.reader());
            FixedBitSet all = intersection(wordMatches, filtered, -1);
            total += all.cardinality();
            facets.addCounts(all, byDim, null);
            for (int i = 0; i < filtered.length; i++) {
                facets.addCounts(intersection(wordMatches, filtered, i), sideways, filters.get(i).dim());
            }
        }
        for (FacetFilter filter : filters) {
            byDim.put(filter.dim(), sideways.getOrDefault(filter.dim(), Map.of()));
        }
        return new Counts(total, complete, byDim);
    }

    /** The word matches and every filter but the one at {@code except} (-1: all of them); never modified. */
    private static FixedBitSet intersection(FixedBitSet words, FixedBitSet[] filters, int except) {
        if (filters.length == (except < 0 ? 0 : 1)) {
            return words;
        }
        FixedBitSet result = words.clone();
        for (int i = 0; i < filters.length; i++) {
            if (i != except) {
                result.and(filters[i]);
            }
        }
        return result;
    }

    private static FixedBitSet bits(Weight weight, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            bits.or(scorer.iterator());
        }
        return bits;
    }

    private SegmentFacets segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (cache == null) {
            return SegmentFacets.read(reader);
        }
        IndexReader.CacheKey key = cache.getKey();
        SegmentFacets known = segments.get(key);
        if (known == null) {
            known = SegmentFacets.read(reader);
            if (segments.putIfAbsent(key, known) == null) {
                cache.addClosedListener(segments::remove);
            }
        }
        return known;
    }

    /**
     * What one segment matched: the word matches (up to where counting stopped), each filter's documents, and whether
     * counting stopped before the segment's end.
     */
    private record LeafMatches(FixedBitSet words, FixedBitSet[] filters, boolean truncated) {
    }

    /**
     * Collects the word matches of each segment into a bit set, indexed by the segment's ordinal; no scores. With a
     * limit, a segment's collection ends once its share of the limit matches the words and every filter.
     */
    private record MatchSets(int leafCount, Weight[] filters, int exactLimit, int shareFloor, int maxDoc)
            implements CollectorManager<MatchCollector, LeafMatches[]> {

        @Override
        public MatchCollector newCollector() {
            return new MatchCollector(new LeafMatches[leafCount], filters, exactLimit, shareFloor, maxDoc);
        }

        @Override
        public LeafMatches[] reduce(Collection<MatchCollector> collectors) {
            // Each segment is searched by exactly one slice, so one collector holds its matches.
            LeafMatches[] merged = new LeafMatches[leafCount];
            for (MatchCollector collector : collectors) {
                for (int i = 0; i < leafCount; i++) {
                    if (collector.leaves()[i] != null) {
                        merged[i] = collector.leaves()[i];
                    }
                }
            }
            return merged;
        }
    }

    private record MatchCollector(LeafMatches[] leaves, Weight[] filters, int exactLimit, int shareFloor, int maxDoc)
            implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
            FixedBitSet[] filterBits = new FixedBitSet[filters.length];
            for (int i = 0; i < filters.length; i++) {
                filterBits[i] = bits(filters[i], context);
            }
            leaves[context.ord] = new LeafMatches(bits, filterBits, false);
            if (exactLimit <= 0) {
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                        // no scores
                    }

                    @Override
                    public void collect(int doc) {
                        bits.set(doc);
                    }

                    @Override
                    public void collect(DocIdStream stream) throws IOException {
                        stream.forEach(bits::set);
                    }
                };
            }
            long share = Math.max(shareFloor, (long) exactLimit * context.reader().maxDoc() / Math.max(1, maxDoc) + 1);
            return new LeafCollector() {
                private long counted;

                @Override
                public void setScorer(Scorable scorer) {
                    // no scores
                }

                @Override
                public void collect(int doc) {
                    bits.set(doc);
                    if (matchesEveryFilter(doc) && ++counted >= share) {
                        leaves[context.ord] = new LeafMatches(bits, filterBits, doc + 1 < context.reader().maxDoc());
                        throw new CollectionTerminatedException();
                    }
                }

                private boolean matchesEveryFilter(int doc) {
                    for (FixedBitSet filter : filterBits) {
                        if (!filter.get(doc)) {
                            return false;
                        }
                    }
                    return true;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
