package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.FACET_PROVINCE;
import static id.lumbung.search.index.SearchFields.FACET_THEME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.lumbung.search.index.FacetValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts from a segment's arrays against counting each document's values one by one, on a real index on
 * disk with deleted documents: for match sets that cover few documents (counted directly) and most of them
 * (counted as every document minus those not matched).
 */
class SegmentFacetsTest {

    private static final List<String> THEMES = List.of("kemiskinan", "stunting", "umkm", "lansia", "disabilitas");
    private static final List<String> PROVINCES = List.of("33", "35", "61", "64");

    @TempDir
    Path dir;

    @Test
    void countsOfSparseAndDenseMatchSetsEqualCountingEachMatchedDocument() throws Exception {
        int docs = 1_000;
        Random random = new Random(7);
        try (FSDirectory directory = FSDirectory.open(Files.createDirectories(dir.resolve("index")));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < docs; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                doc.add(FacetValue.of(FACET_THEME, THEMES.get(random.nextInt(THEMES.size()))));
                if (i % 3 == 0) { // a second theme for some, none of the province for others
                    doc.add(FacetValue.of(FACET_THEME, THEMES.get(random.nextInt(THEMES.size()))));
                }
                if (i % 7 != 0) {
                    doc.add(FacetValue.of(FACET_PROVINCE, PROVINCES.get(random.nextInt(PROVINCES.size()))));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            for (int i = 0; i < docs; i += 10) { // deleted documents stay in the segment's arrays
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                assertNotNull(leaf.getLiveDocs(), "the segment has deleted documents");
                SegmentFacets facets = SegmentFacets.read(leaf);
                for (int percent : new int[] {0, 5, 30, 50, 70, 95, 100}) {
                    FixedBitSet matches = matches(leaf, d -> random.nextInt(100) < percent);
                    Map<String, Map<String, Integer>> counted = new HashMap<>();
                    facets.addCounts(matches, counted, null);
                    assertEquals(oneByOne(facets, matches, null), counted, percent + " % of the documents match");
                    Map<String, Map<String, Integer>> onlyThemes = new HashMap<>();
                    facets.addCounts(matches, onlyThemes, FACET_THEME);
                    assertEquals(oneByOne(facets, matches, FACET_THEME), onlyThemes, percent + " %, themes only");
                }
            }
        }
    }

    /** Live documents chosen by the predicate, as a search would collect them. */
    private static FixedBitSet matches(LeafReader leaf, IntPredicate chosen) {
        FixedBitSet bits = new FixedBitSet(leaf.maxDoc());
        Bits live = leaf.getLiveDocs();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (chosen.test(doc) && (live == null || live.get(doc))) {
                bits.set(doc);
            }
        }
        return bits;
    }

    private static Map<String, Map<String, Integer>> oneByOne(SegmentFacets facets, FixedBitSet matches, String onlyDim) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int doc = 0; doc < matches.length(); doc++) {
            if (!matches.get(doc)) {
                continue;
            }
            for (int i = facets.starts()[doc]; i < facets.starts()[doc + 1]; i++) {
                int ord = facets.ords()[i];
                if (onlyDim == null || onlyDim.equals(facets.dims()[ord])) {
                    counts.computeIfAbsent(facets.dims()[ord], d -> new HashMap<>()).merge(facets.values()[ord], 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
