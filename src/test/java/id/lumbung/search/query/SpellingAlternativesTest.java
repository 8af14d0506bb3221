package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;
import static id.lumbung.search.index.SearchFields.WORDS_EN;
import static id.lumbung.search.index.SearchFields.WORDS_EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.search.analysis.EnglishAnalysis;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.analysis.RegionLexicon;
import id.lumbung.search.analysis.Stemmer;
import id.lumbung.search.analysis.SynonymRules;
import id.lumbung.search.index.InnovationDocuments;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words of a query are taken as misspelt, and which spelling each is given, on a small index in memory. */
class SpellingAlternativesTest {

    private static final IndonesianAnalysis ANALYSIS = new IndonesianAnalysis(Stemmer.lucene);
    private static final QueryAnalyzers ANALYZERS = QueryAnalyzers.of(ANALYSIS, new SynonymRules(), new SynonymRules(),
            RegionLexicon.EMPTY);

    private static InMemoryIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = new InMemoryIndex(InnovationDocuments.indexAnalyzer(ANALYSIS), List.of(
                document("beasiswa", "Beasiswa bagi anak keluarga miskin", "Scholarships for children of poor families"),
                document("rumah", "Program perbaikan rumah warga dengan rumus baru", "A programme to repair houses by a new formula"),
                document("rumus", "Rumus bantuan berbasis data", "An aid formula based on data"),
                document("hunian", "Rehabilitasi hunian warga", "Rehabilitating residents' homes"),
                document("keluarga", "Pendekatan berbasis keluarga", "A family-based approach")));
    }

    private static Document document(String slug, String indonesian, String english) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, slug, Field.Store.NO));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(slug)));
        doc.add(new TextField(WORDS_EXACT, indonesian, Field.Store.NO));
        // The English stems as the index holds them (a fresh analyzer per document: each consumes its own stream).
        String stems = String.join(" ", IndonesianAnalysis.tokens(EnglishAnalysis.stemmed(), english));
        doc.add(new TextField(WORDS_EN, new WhitespaceAnalyzer().tokenStream(WORDS_EN, stems)));
        return doc;
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a word no document contains is given the nearest one within its budget (one edit up to eight letters)
            "beasiwa | beasiswa",
            "perbaikn | perbaikan",
            // of two words equally near, the one more documents contain ("rumah" in one, "rumus" in two)
            "rumas | rumus",
            // a word the catalogue contains is taken as meant
            "beasiswa | -",
            // so is an Indonesian word, though a catalogue word is one edit from it ("ramah" is kind, not "rumah")
            "ramah | -",
            // so is a word of the English texts, though "program" is two edits from it
            "programme | -",
            // under five letters no word is guessed at
            "rmah | -",
            // beyond the budget nothing is near
            "pxrbxikn | -",
            // a clipped word is read as the word it was cut from
            "rehab | rehabilitasi",
            // but not as a derivation of another root: "pendek" (short) is no clipping of "pendekatan" (dekat)
            "pendek | -",
            // nor a word under four letters, nor one whose stem the texts have ("huni" is the stem of "hunian")
            "reh | -",
            "huni | -"})
    void aMisspeltWordIsGivenItsNearestSpelling(String typed, String spelling) {
        UserQuery query = new UserQueryParser(32).parse(typed);
        UserQuery read = SpellingAlternatives.of(query, ANALYZERS, SearchService.wordFrequency(index.reader));
        List<String> expected = spelling == null ? List.of(typed) : List.of(typed, spelling);
        assertEquals(expected, read.clauses().getFirst().alternatives());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"\"beasiwa anak\"", "beasiwa OR beasiswa", "-beasiwa"})
    void aPhraseAnOrAndAnExclusionAreLeftAsWritten(String typed) {
        UserQuery query = new UserQueryParser(32).parse(typed);
        assertEquals(query.clauses().getFirst().alternatives(),
                SpellingAlternatives.of(query, ANALYZERS, SearchService.wordFrequency(index.reader)).clauses().getFirst().alternatives());
    }
}
