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

    /** The number of matches and the counts per dimension and value. */
    record Counts(long total, Map<String, Map<String, Integer>> byDim) {
    }

    private final Map<IndexReader.CacheKey, SegmentFacets> segments = new ConcurrentHashMap<>();

    Counts count(IndexSearcher searcher, Query words, List<FacetFilter> filters) throws IOException {
        FixedBitSet[] matches = searcher.search(words, new MatchSets(searcher.getIndexReader().leaves().size()));
        Weight[] filterWeights = new Weight[filters.size()];
        for (int i = 0; i < filterWeights.length; i++) {
            filterWeights[i] = searcher.createWeight(searcher.rewrite(filters.get(i).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        long total = 0;
        Map<String, Map<String, Integer>> byDim = new HashMap<>();
        Map<String, Map<String, Integer>> sideways = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet wordMatches = matches[leaf.ord];
            if (wordMatches == null) {
                continue;
            }
            FixedBitSet[] filtered = new FixedBitSet[filterWeights.length];
            for (int i = 0; i < filtered.length; i++) {
                filtered[i] = bits(filterWeights[i], leaf);
            }
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
        return new Counts(total, byDim);
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

    /** Collects the matches of each segment into a bit set, indexed by the segment's ordinal; no scores. */
    private record MatchSets(int leafCount) implements CollectorManager<MatchCollector, FixedBitSet[]> {

        @Override
        public MatchCollector newCollector() {
            return new MatchCollector(new FixedBitSet[leafCount]);
        }

        @Override
        public FixedBitSet[] reduce(Collection<MatchCollector> collectors) {
            // Each segment is searched by exactly one slice, so one collector holds its set.
            FixedBitSet[] merged = new FixedBitSet[leafCount];
            for (MatchCollector collector : collectors) {
                for (int i = 0; i < leafCount; i++) {
                    if (collector.sets()[i] != null) {
                        merged[i] = collector.sets()[i];
                    }
                }
            }
            return merged;
        }
    }

    private record MatchCollector(FixedBitSet[] sets) implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
            sets[context.ord] = bits;
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

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
