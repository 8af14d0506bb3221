package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.FACET_THEME;
import static id.lumbung.search.index.SearchFields.SLUG;
import static id.lumbung.search.index.SearchFields.THEME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.search.index.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Theme feedback on a small index: the themes of the three best hits, weighed by score and rarity, lift the other
 * hits on those themes, so a weaker match on the best hits' rare theme passes a stronger match on a common one.
 */
class ThemeFeedbackTest {

    /** Slug → themes, in document order. */
    private static final Map<String, List<String>> THEMES = Map.of(
            "best", List.of("stunting", "kesehatan"),
            "second", List.of("stunting"),
            "third", List.of("umkm"),
            "same-topic", List.of("stunting"),
            "common-topic", List.of("umkm"),
            "no-theme", List.of(),
            "unmatched", List.of("stunting"));
    private static final List<String> ORDER = List.of("best", "second", "third", "same-topic", "common-topic", "no-theme",
            "unmatched");

    private static InMemoryIndex index;

    @BeforeAll
    static void index() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (String slug : ORDER) {
            Document doc = new Document();
            doc.add(new StringField(SLUG, slug, Field.Store.NO));
            doc.add(new SortedDocValuesField(SLUG, new BytesRef(slug)));
            for (String theme : THEMES.get(slug)) {
                doc.add(new StringField(THEME, theme, Field.Store.NO));
                doc.add(FacetValue.of(FACET_THEME, theme));
            }
            doc.add(FacetValue.of("province", "35"));
            documents.add(doc);
        }
        index = new InMemoryIndex(new KeywordAnalyzer(), documents);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** The hits with their full-query scores, in descending order; "unmatched" did not match the full query. */
    private static ScoreDoc[] ranked() {
        float[] scores = {10f, 6f, 5f, 4f, 4.5f, 4.2f, 0f};
        ScoreDoc[] hits = new ScoreDoc[ORDER.size()];
        for (int doc = 0; doc < hits.length; doc++) {
            hits[doc] = new ScoreDoc(doc, scores[doc]);
        }
        Arrays.sort(hits, Comparator.comparing((ScoreDoc hit) -> hit.score).reversed());
        return hits;
    }

    private static List<String> order(ScoreDoc[] hits) throws IOException {
        ScoreDoc[] sorted = hits.clone();
        Arrays.sort(sorted, Comparator.comparing((ScoreDoc hit) -> hit.score).reversed());
        List<String> slugs = new ArrayList<>();
        for (ScoreDoc hit : sorted) {
            slugs.add(index.slug(hit.doc));
        }
        return slugs;
    }

    private static double idf(int with) {
        return idf(with, ORDER.size());
    }

    @Test
    void aWeakerMatchOnTheBestHitsRareThemePassesAStrongerMatchOnACommonOne() throws IOException {
        ScoreDoc[] hits = ranked();
        assertEquals(List.of("best", "second", "third", "common-topic", "no-theme", "same-topic", "unmatched"), order(hits));

        ThemeFeedback.lift(index.reader, hits, 1.0);

        assertEquals(List.of("best", "second", "same-topic", "third", "common-topic", "no-theme", "unmatched"), order(hits));
        // stunting: best and second (1 + 0.6), in 4 of 7 documents; kesehatan: best (1), in 1; umkm: third (0.5), in 2.
        double stunting = 1.6 * idf(4);
        double kesehatan = idf(1);
        double umkm = 0.5 * idf(2);
        double scale = 10 / (stunting + kesehatan + umkm);
        assertEquals(10 + scale * (stunting + kesehatan), score(hits, "best"), 1e-4);
        assertEquals(4 + scale * stunting, score(hits, "same-topic"), 1e-4);
        assertEquals(4.5 + scale * umkm, score(hits, "common-topic"), 1e-4);
        assertEquals(4.2f, score(hits, "no-theme"), 1e-6, "a hit without themes keeps its score");
        assertEquals(0f, score(hits, "unmatched"), 1e-6, "feedback reorders the hits, it adds no match");
    }

    @Test
    void aShareOfNothingLeavesTheRankingAsItWas() throws IOException {
        ScoreDoc[] hits = ranked();
        float[] before = scores(hits);

        ThemeFeedback.lift(index.reader, hits, 0);

        assertArrayEquals(before, scores(hits));
    }

    @Test
    void theLiftIsAShareOfTheBestScoreSoItWeighsTheSameForAnyQueryLength() throws IOException {
        ScoreDoc[] hits = ranked();
        ScoreDoc[] doubled = ranked();
        for (ScoreDoc hit : doubled) {
            hit.score *= 2;
        }

        ThemeFeedback.lift(index.reader, hits, 1.0);
        ThemeFeedback.lift(index.reader, doubled, 1.0);

        assertEquals(order(hits), order(doubled));
        for (int i = 0; i < hits.length; i++) {
            assertEquals(hits[i].score * 2, doubled[i].score, 1e-4);
        }
    }

    /**
     * Themes are read segment by segment: across several segments, one without any facet value, and with a replaced
     * document whose old version still counts in its theme's document frequency (so rarity is taken against maxDoc).
     */
    @Test
    void themesAreReadInEverySegmentAndAReplacedDocumentCountsAsMaxDocDoes() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                writer.addDocument(themed("alpha", "stunting"));
                writer.addDocument(themed("bravo", "umkm"));
                writer.commit();
                Document plain = new Document();
                plain.add(new StringField(SLUG, "charlie", Field.Store.NO));
                writer.addDocument(plain);
                writer.commit();
                writer.addDocument(themed("delta", "stunting", "kesehatan"));
                writer.addDocument(themed("echo", "umkm"));
                writer.commit();
                writer.updateDocument(new Term(SLUG, "bravo"), themed("bravo", "umkm"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(4, reader.leaves().size());
                assertEquals(6, reader.maxDoc());
                assertEquals(5, reader.numDocs());
                // Documents: alpha 0, bravo (replaced) 1, charlie 2, delta 3, echo 4, bravo 5.
                ScoreDoc[] hits = {new ScoreDoc(3, 10f), new ScoreDoc(0, 8f), new ScoreDoc(4, 7f), new ScoreDoc(2, 6f),
                    new ScoreDoc(5, 5f)};

                ThemeFeedback.lift(reader, hits, 1.0);

                double stunting = 1.8 * idf(2, 6);
                double kesehatan = idf(1, 6);
                double umkm = 0.7 * idf(3, 6);
                double scale = 10 / (stunting + kesehatan + umkm);
                assertEquals(10 + scale * (stunting + kesehatan), hits[0].score, 1e-4, "delta");
                assertEquals(8 + scale * stunting, hits[1].score, 1e-4, "alpha");
                assertEquals(7 + scale * umkm, hits[2].score, 1e-4, "echo");
                assertEquals(6f, hits[3].score, 1e-6, "charlie has no facet values");
                assertEquals(5 + scale * umkm, hits[4].score, 1e-4, "bravo, in the last segment");
            }
        }
    }

    private static Document themed(String slug, String... themes) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, slug, Field.Store.NO));
        for (String theme : themes) {
            doc.add(new StringField(THEME, theme, Field.Store.NO));
            doc.add(FacetValue.of(FACET_THEME, theme));
        }
        doc.add(FacetValue.of("province", "35"));
        return doc;
    }

    private static double idf(int with, int documents) {
        return Math.log(1 + (documents - with + 0.5) / (with + 0.5));
    }

    private static float score(ScoreDoc[] hits, String slug) throws IOException {
        for (ScoreDoc hit : hits) {
            if (index.slug(hit.doc).equals(slug)) {
                return hit.score;
            }
        }
        throw new AssertionError(slug);
    }

    private static float[] scores(ScoreDoc[] hits) {
        float[] scores = new float[hits.length];
        for (int i = 0; i < hits.length; i++) {
            scores[i] = hits[i].score;
        }
        return scores;
    }
}
