package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.FACET_PROVINCE;
import static id.lumbung.search.index.SearchFields.FACET_TAHAPAN;
import static id.lumbung.search.index.SearchFields.FACET_THEME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.index.FacetValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts of a search, without Quarkus, on a real index on disk of three segments with a deleted document:
 * the matches' values per dimension, where each filtered dimension is counted without its own filter (so a user
 * can widen it) but with every other one. The expected counts are worked out by hand from the eight documents.
 */
class FacetCounterTest {

    /** words, themes, province, tahapan (empty: none) of each document; d6 is deleted. */
    private static final List<List<String>> DOCS = List.of(
            List.of("pangan", "kemiskinan", "35", "uji_coba"),
            List.of("pangan", "kemiskinan umkm", "35", "penerapan"),
            List.of("pangan", "umkm", "33", "penerapan"),
            List.of("pangan", "stunting", "33", "uji_coba"),
            List.of("air", "kemiskinan", "35", "penerapan"),
            List.of("pangan", "kemiskinan", "61", ""),
            List.of("pangan", "stunting", "35", "penerapan"),
            List.of("air", "umkm", "33", "uji_coba"));
    private static final Query PANGAN = new TermQuery(new Term("words", "pangan"));

    @TempDir
    Path dir;

    private FSDirectory directory;
    private final FacetCounter counter = new FacetCounter();

    @BeforeEach
    void index() throws IOException {
        directory = FSDirectory.open(Files.createDirectories(dir.resolve("index")));
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < DOCS.size(); i++) {
                writer.addDocument(document(i, DOCS.get(i)));
                if (i == 3 || i == 5) {
                    writer.commit(); // three segments: d0-d3, d4-d5, d6-d7
                }
            }
            writer.deleteDocuments(new Term("id", "d6"));
            writer.commit();
        }
    }

    private static Document document(int i, List<String> fields) {
        Document doc = new Document();
        doc.add(new StringField("id", "d" + i, Field.Store.NO));
        doc.add(new StringField("words", fields.get(0), Field.Store.NO));
        for (String theme : fields.get(1).split(" ")) {
            doc.add(new StringField("theme", theme, Field.Store.NO));
            doc.add(FacetValue.of(FACET_THEME, theme));
        }
        doc.add(new StringField("province", fields.get(2), Field.Store.NO));
        doc.add(FacetValue.of(FACET_PROVINCE, fields.get(2)));
        if (!fields.get(3).isEmpty()) {
            doc.add(FacetValue.of(FACET_TAHAPAN, fields.get(3)));
        }
        return doc;
    }

    private FacetCounter.Counts count(Query words, List<FacetFilter> filters) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(3, reader.leaves().size());
            return counter.count(new IndexSearcher(reader), words, filters);
        }
    }

    private static FacetFilter filter(String dim, String field, String... values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        return new FacetFilter(dim, any.build());
    }

    @Test
    void withoutFiltersEveryMatchIsCountedOncePerValue() throws IOException {
        FacetCounter.Counts counts = count(PANGAN, List.of()); // d0, d1, d2, d3, d5
        assertEquals(5, counts.total());
        assertEquals(Map.of(
                FACET_THEME, Map.of("kemiskinan", 3, "umkm", 2, "stunting", 1),
                FACET_PROVINCE, Map.of("35", 2, "33", 2, "61", 1),
                FACET_TAHAPAN, Map.of("uji_coba", 2, "penerapan", 2)), counts.byDim());
    }

    @Test
    void aFilteredDimensionIsCountedWithTheOtherFiltersButNotItsOwn() throws IOException {
        FacetCounter.Counts counts = count(PANGAN, List.of(filter(FACET_THEME, "theme", "kemiskinan"),
                filter(FACET_PROVINCE, "province", "35")));
        assertEquals(2, counts.total()); // d0, d1
        assertEquals(Map.of(
                FACET_THEME, Map.of("kemiskinan", 2, "umkm", 1), // pangan in 35: d0, d1
                FACET_PROVINCE, Map.of("35", 2, "61", 1), // pangan and kemiskinan: d0, d1, d5
                FACET_TAHAPAN, Map.of("uji_coba", 1, "penerapan", 1)), counts.byDim());
    }

    @Test
    void severalValuesOfADimensionAreAlternatives() throws IOException {
        FacetCounter.Counts counts = count(new MatchAllDocsQuery(), List.of(filter(FACET_THEME, "theme", "umkm", "stunting"),
                filter(FACET_TAHAPAN, "tahapan", "nothing-has-this")));
        assertEquals(0, counts.total());
        assertEquals(Map.of(FACET_THEME, Map.of(), // no document has the tahapan asked for
                FACET_TAHAPAN, Map.of("uji_coba", 2, "penerapan", 2)), // umkm or stunting, d6 deleted: d1, d2, d3, d7
                counts.byDim());
    }

    @Test
    void countingAgainReadsTheSameCountsFromTheSegmentsItKeeps() throws IOException {
        List<FacetFilter> filters = List.of(filter(FACET_PROVINCE, "province", "33"));
        assertEquals(count(PANGAN, filters), count(PANGAN, filters));
        assertEquals(Map.of("uji_coba", 1, "penerapan", 1), count(PANGAN, filters).byDim().get(FACET_TAHAPAN));
    }

    private FacetCounter.Counts countUpTo(int limit, Query words, List<FacetFilter> filters) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return counter.count(new IndexSearcher(reader), words, filters, limit);
        }
    }

    @Test
    void aboveTheLimitEachSegmentIsCountedUpToItsShareAndTheCountsAreLowerBounds() throws IOException {
        // Shares of 2 in 8 documents: segment d0-d3 two, d4-d5 one, d6-d7 one. It stops after d1; d5 is the other
        // segment's one match; the third has none.
        FacetCounter.Counts counts = countUpTo(2, PANGAN, List.of());
        assertEquals(3, counts.total());
        assertFalse(counts.complete());
        assertEquals(Map.of(
                FACET_THEME, Map.of("kemiskinan", 3, "umkm", 1),
                FACET_PROVINCE, Map.of("35", 2, "61", 1),
                FACET_TAHAPAN, Map.of("uji_coba", 1, "penerapan", 1)), counts.byDim());
    }

    @Test
    void theLimitCountsMatchesOfTheWordsAndEveryFilterAndDrillsSidewaysOverTheSameDocuments() throws IOException {
        // In province 35 the first segment's share (1) is reached at d0; the second segment is read to its end.
        FacetCounter.Counts counts = countUpTo(1, PANGAN, List.of(filter(FACET_PROVINCE, "province", "35")));
        assertEquals(1, counts.total());
        assertFalse(counts.complete());
        assertEquals(Map.of(
                FACET_THEME, Map.of("kemiskinan", 1),
                FACET_PROVINCE, Map.of("35", 1, "61", 1), // d0 and d5
                FACET_TAHAPAN, Map.of("uji_coba", 1)), counts.byDim());
    }

    @Test
    void matchesCrowdedIntoOneSegmentAreCountedOnToTheLimitSoAFewMatchesAreExact() throws IOException {
        // Shares of 5: the first segment stops at 3 of its 4 matches, 4 in all, fewer than 5: counted again with
        // every segment allowed up to 5, which reads all.
        FacetCounter.Counts counts = countUpTo(5, PANGAN, List.of());
        assertTrue(counts.complete());
        assertEquals(count(PANGAN, List.of()), counts);
    }

    @Test
    void belowTheLimitEveryMatchIsCounted() throws IOException {
        assertEquals(count(PANGAN, List.of(filter(FACET_PROVINCE, "province", "33"))),
                countUpTo(6, PANGAN, List.of(filter(FACET_PROVINCE, "province", "33"))));
        assertTrue(countUpTo(6, PANGAN, List.of()).complete());
    }
}
