package id.lumbung.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weighted word field scores a word as BM25F over separate fields does (Lucene's CombinedFieldQuery with the field
 * boosts): the same corpus indexed both ways, every document's score compared. Lengths are stored to four significant
 * bits either way, so scores may differ by a little, never by much.
 */
class RankingSimilarityTest {

    private static final String[] VOCABULARY = {"kemiskinan", "desa", "lansia", "stunting", "data", "terpadu", "usaha",
        "perempuan", "bantuan", "sosial", "kader", "posyandu", "sekolah", "rumah", "layak", "air", "bersih", "pangan"};
    private static final FieldType WEIGHTED = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WEIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WEIGHTED.freeze();
    }

    @TempDir
    Path separate;

    @TempDir
    Path weighted;

    @Test
    void theWeightedFieldScoresAsBm25fOverTheSeparateFields() throws IOException {
        List<String[]> corpus = corpus(60);
        index(separate, corpus, false);
        index(weighted, corpus, true);
        try (FSDirectory a = FSDirectory.open(separate); DirectoryReader separateReader = DirectoryReader.open(a);
                FSDirectory b = FSDirectory.open(weighted); DirectoryReader weightedReader = DirectoryReader.open(b)) {
            IndexSearcher bm25f = new IndexSearcher(separateReader);
            bm25f.setSimilarity(new BM25Similarity());
            IndexSearcher oneField = new IndexSearcher(weightedReader);
            oneField.setSimilarity(new RankingSimilarity());
            int compared = 0;
            for (String word : List.of("kemiskinan", "lansia", "posyandu", "air")) {
                Query combined = new CombinedFieldQuery.Builder(word).addField("name", TextWeight.NAME.boost())
                        .addField("summary", TextWeight.SUMMARY.boost()).addField("body", TextWeight.BODY.boost()).build();
                float[] expected = scores(bm25f, combined, corpus.size());
                float[] actual = scores(oneField, new TermQuery(new Term(SearchFields.WORDS_EXACT, word)), corpus.size());
                for (int doc = 0; doc < corpus.size(); doc++) {
                    assertEquals(expected[doc] == 0, actual[doc] == 0, word + " matches document " + doc + " either way");
                    if (expected[doc] > 0) {
                        assertEquals(expected[doc], actual[doc], expected[doc] * 0.03, word + " in document " + doc);
                        compared++;
                    }
                }
            }
            assertTrue(compared > 40, "compared " + compared + " scores");
        }
    }

    /** Name, summary and body of each document; the body repeats the others' words, as a catalogue's texts do. */
    private static List<String[]> corpus(int size) {
        Random random = new Random(7);
        List<String[]> corpus = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = words(random, 1 + random.nextInt(3));
            String summary = words(random, 5 + random.nextInt(20));
            String body = name + " " + summary + " " + words(random, random.nextInt(40));
            corpus.add(new String[] {name, summary, body});
        }
        return corpus;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private static void index(Path path, List<String[]> corpus, boolean asOneField) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndonesianAnalysis.exact())
                .setSimilarity(asOneField ? new RankingSimilarity() : new BM25Similarity());
        try (FSDirectory directory = FSDirectory.open(path); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < corpus.size(); i++) {
                String[] texts = corpus.get(i);
                Document doc = new Document();
                doc.add(new StringField("n", Integer.toString(i), Field.Store.YES));
                TextWeight[] weights = {TextWeight.NAME, TextWeight.SUMMARY, TextWeight.BODY};
                String[] fields = {"name", "summary", "body"};
                for (int f = 0; f < fields.length; f++) {
                    if (asOneField) {
                        AnalyzedText exact = AnalyzedText.Forms.of(IndonesianAnalysis.exact(), new IndonesianAnalysis(Stemmer.lucene), texts[f]).exact();
                        doc.add(exact.field(SearchFields.WORDS_EXACT, WEIGHTED, weights[f].frequency()));
                    } else {
                        doc.add(new TextField(fields[f], texts[f], Field.Store.NO));
                    }
                }
                writer.addDocument(doc);
            }
        }
    }

    /** Each document's score by its number in the corpus; 0 where it does not match. */
    private static float[] scores(IndexSearcher searcher, Query query, int size) throws IOException {
        float[] scores = new float[size];
        for (ScoreDoc hit : searcher.search(query, size).scoreDocs) {
            scores[Integer.parseInt(searcher.storedFields().document(hit.doc).get("n"))] = hit.score;
        }
        return scores;
    }
}
