package id.lumbung.search.index;

import static id.lumbung.search.index.SearchFields.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a document puts into the index, read back from a real index on disk: each occurrence of a word counts with its
 * text's weight in the word fields, the phrase field holds the stemmed chain's tokens in order without joining two
 * texts, and region names contained in another name are indexed once, without losing a word or a phrase.
 */
class InnovationDocumentsTest {

    private static final IndonesianAnalysis ANALYSIS = new IndonesianAnalysis(Stemmer.lucene);

    private static final String NAME_TEXT = "Perempuan Berdaya";
    private static final String SUMMARY_TEXT = "Pemberdayaan perempuan yang berdaya, dengan memberdayakan usaha-usaha mikro.";
    private static final List<String> REGION_TEXTS = List.of("Kabupaten Bangka Barat", "Bangka Barat", "Kab. Bangka Barat",
            "Pemkab Bangka Barat", "Provinsi Kepulauan Bangka Belitung", "Kepulauan Bangka Belitung", "Babel", "Babel");

    @TempDir
    Path dir;

    @Test
    void eachOccurrenceCountsWithItsTextsWeight() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            // "perempuan": once in the name (8), once in the summary (3).
            assertEquals(TextWeight.NAME.frequency() + TextWeight.SUMMARY.frequency(), frequency(leaf, WORDS_EXACT, "perempuan"));
            // "berdaya" as written: name and summary; its stem "daya" also stands for pemberdayaan and memberdayakan.
            assertEquals(TextWeight.NAME.frequency() + TextWeight.SUMMARY.frequency(), frequency(leaf, WORDS_EXACT, "berdaya"));
            assertEquals(TextWeight.NAME.frequency() + 3 * TextWeight.SUMMARY.frequency(), frequency(leaf, WORDS, "daya"));
            assertEquals(TextWeight.ACRONYM.frequency(), frequency(leaf, WORDS_EXACT, "pb"));
            assertEquals(TextWeight.THEMES.frequency(), frequency(leaf, WORDS_EXACT, "umkm"));
        }
    }

    @Test
    void theLengthOfTheWordFieldsIsTheSumOfTheWeights() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            long expected = 0;
            Terms terms = leaf.terms(WORDS_EXACT);
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                expected += iterator.totalTermFreq();
            }
            int words = IndonesianAnalysis.tokens(IndonesianAnalysis.exact(), NAME_TEXT).size() * TextWeight.NAME.frequency()
                    + IndonesianAnalysis.tokens(IndonesianAnalysis.exact(), SUMMARY_TEXT).size() * TextWeight.SUMMARY.frequency();
            assertTrue(expected > words, "the name and summary are not all the document's words");
            NumericDocValues norms = leaf.getNormValues(WORDS_EXACT);
            assertTrue(norms.advanceExact(0));
            assertEquals(SmallFloat.intToByte4((int) expected), (byte) norms.longValue());
        }
    }

    @Test
    void thePhraseFieldHoldsEachTextsStemsInOrderAndNeverJoinsTwoTexts() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> phrases = termsByPosition(reader.leaves().getFirst().reader(), PHRASES);
            List<String> summary = IndonesianAnalysis.tokens(ANALYSIS.stemmed(), SUMMARY_TEXT);
            assertTrue(Collections.indexOfSubList(phrases, summary) >= 0, phrases.toString());
            IndexSearcher searcher = new IndexSearcher(reader);
            String[] name = IndonesianAnalysis.tokens(ANALYSIS.stemmed(), NAME_TEXT).toArray(String[]::new);
            assertEquals(1, searcher.count(new PhraseQuery(PHRASES, name)));
            // The name ends with "berdaya", the acronym is "PB": no phrase across the two.
            assertEquals(0, searcher.count(new PhraseQuery(PHRASES, name[name.length - 1], "pb")));
        }
    }

    @Test
    void regionNamesContainedInAnotherAreIndexedOnceAndStillMatch() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            // Kept: Kabupaten/Kab./Pemkab Bangka Barat, Provinsi Kepulauan Bangka Belitung, Babel (once).
            assertEquals(4 * TextWeight.REGION.frequency(), frequency(leaf, WORDS_EXACT, "bangka"));
            assertEquals(TextWeight.REGION.frequency(), frequency(leaf, WORDS_EXACT, "babel"));
            assertEquals(TextWeight.REGION.frequency(), frequency(leaf, WORDS_EXACT, "kepulauan"));
            assertEquals(TextWeight.REGION.frequency(), frequency(leaf, WORDS_EXACT, "pemkab"));
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(1, searcher.count(new PhraseQuery(PHRASES, "bangka", "barat")));
            assertEquals(1, searcher.count(new PhraseQuery(PHRASES, "pulau", "bangka", "belitung")));
        }
    }

    @Test
    void theDisplayedTextsAreInTheHitCardButNotIndexedUnderTheirOwnNames() throws IOException {
        try (FSDirectory directory = indexOne(); DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            HitCard card = HitCard.read(reader, new int[] {0})[0];
            assertEquals(SUMMARY_TEXT, card.summary());
            assertEquals("PB", card.acronym());
            assertEquals("Kabupaten Bangka Barat", card.regionName());
            assertNull(card.outcomes());
            assertNull(leaf.terms(SUMMARY));
            assertNull(leaf.terms(NAME));
        }
    }

    private FSDirectory indexOne() throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(InnovationDocuments.indexAnalyzer(ANALYSIS))
                .setSimilarity(new RankingSimilarity()))) {
            writer.addDocument(InnovationDocuments.indexed(new IndexedInnovation(1, "uji", NAME_TEXT, "PB",
                    List.of(), SUMMARY_TEXT, null, null, "19.05", "Kabupaten Bangka Barat", REGION_TEXTS,
                    List.of("19", "19.05"), "19", "Provinsi Kepulauan Bangka Belitung", List.of("umkm"), List.of("UMKM"),
                    "kabupaten", "penerapan", null, 2020, false, 0, 0, null, "berjalan", null), ANALYSIS));
        }
        return directory;
    }

    private static int frequency(LeafReader reader, String field, String term) throws IOException {
        PostingsEnum postings = reader.postings(new Term(field, term), PostingsEnum.FREQS);
        return postings == null || postings.nextDoc() == PostingsEnum.NO_MORE_DOCS ? 0 : postings.freq();
    }

    /** The field's terms of the one document, in position order (gaps left out). */
    private static List<String> termsByPosition(LeafReader reader, String field) throws IOException {
        Terms terms = reader.terms(field);
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
