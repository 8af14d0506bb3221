package id.lumbung.search.index;

import static id.lumbung.search.index.SearchFields.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.query.TextQueryBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a document puts into the index, read back from a real index on disk: the stemmed twins equal the stemmed
 * chain's analysis of the text, and region names contained in another name are indexed once, without losing a word
 * or a phrase.
 */
class InnovationDocumentsTest {

    private static final String SUMMARY_TEXT = "Pemberdayaan perempuan yang berdaya, dengan memberdayakan usaha-usaha mikro.";
    private static final List<String> REGION_TEXTS = List.of("Kabupaten Bangka Barat", "Bangka Barat", "Kab. Bangka Barat",
            "Pemkab Bangka Barat", "Provinsi Kepulauan Bangka Belitung", "Kepulauan Bangka Belitung", "Babel", "Babel");

    @TempDir
    Path dir;

    @Test
    void theStemmedTwinHoldsTheStemmedChainsTokensInOrder() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> expected = TextQueryBuilder.tokens(IndonesianAnalysis.stemmed(), SUMMARY_TEXT);
            assertEquals(expected, termsByPosition(reader, SUMMARY));
            assertEquals(TextQueryBuilder.tokens(IndonesianAnalysis.exact(), SUMMARY_TEXT), termsByPosition(reader, SUMMARY + EXACT));
        }
    }

    @Test
    void regionNamesContainedInAnotherAreIndexedOnceAndStillMatch() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            // Kept: Kabupaten/Kab./Pemkab Bangka Barat, Provinsi Kepulauan Bangka Belitung, Babel (once).
            assertEquals(4, frequency(reader, REGION + EXACT, "bangka"));
            assertEquals(1, frequency(reader, REGION + EXACT, "babel"));
            assertEquals(1, frequency(reader, REGION + EXACT, "kepulauan"));
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(1, searcher.count(new PhraseQuery(REGION + EXACT, "bangka", "barat")));
            assertEquals(1, searcher.count(new PhraseQuery(REGION + EXACT, "kepulauan", "bangka", "belitung")));
            assertEquals(1, searcher.count(new TermQuery(new Term(REGION + EXACT, "pemkab"))));
            assertEquals(1, searcher.count(new PhraseQuery(ALL_STEMMED, "bangka", "belitung")));
        }
    }

    private FSDirectory indexOne() throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(InnovationDocuments.indexAnalyzer()))) {
            writer.addDocument(InnovationDocuments.indexed(new IndexedInnovation(1, "uji", "Perempuan Berdaya", "PB",
                    List.of(), SUMMARY_TEXT, null, null, "19.05", "Kabupaten Bangka Barat", REGION_TEXTS,
                    List.of("19", "19.05"), "19", "Provinsi Kepulauan Bangka Belitung", List.of("umkm"), List.of("UMKM"),
                    "kabupaten", "penerapan", null, 2020, false, 0, 0, null, "berjalan")));
        }
        return directory;
    }

    private static int frequency(DirectoryReader reader, String field, String term) throws IOException {
        PostingsEnum postings = reader.leaves().getFirst().reader().postings(new Term(field, term), PostingsEnum.FREQS);
        return postings == null || postings.nextDoc() == PostingsEnum.NO_MORE_DOCS ? 0 : postings.freq();
    }

    /** The field's terms of the one document, in position order. */
    private static List<String> termsByPosition(DirectoryReader reader, String field) throws IOException {
        Terms terms = reader.leaves().getFirst().reader().terms(field);
        List<String[]> byPosition = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            PostingsEnum postings = iterator.postings(null, PostingsEnum.POSITIONS);
            postings.nextDoc();
            for (int i = 0; i < postings.freq(); i++) {
                int position = postings.nextPosition();
                while (byPosition.size() <= position) {
                    byPosition.add(new String[1]);
                }
                byPosition.get(position)[0] = term.utf8ToString();
            }
        }
        return byPosition.stream().map(p -> p[0]).filter(t -> t != null).toList();
    }
}
