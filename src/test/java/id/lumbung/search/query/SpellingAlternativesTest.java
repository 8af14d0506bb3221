package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;
import static id.lumbung.search.index.SearchFields.WORDS;
import static id.lumbung.search.index.SearchFields.WORDS_EN;
import static id.lumbung.search.index.SearchFields.WORDS_EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analysis.EnglishAnalysis;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.analysis.RegionLexicon;
import id.lumbung.search.analysis.Stemmer;
import id.lumbung.search.analysis.SynonymRules;
import id.lumbung.search.index.InnovationDocuments;
import id.lumbung.search.query.UserQuery.Clause;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words of a query are taken as misspelt, and which spelling each is given, on a small index in memory. */
class SpellingAlternativesTest {

    private static final IndonesianAnalysis ANALYSIS = new IndonesianAnalysis(Stemmer.lucene);
    private static final QueryAnalyzers ANALYZERS = QueryAnalyzers.of(ANALYSIS,
            new SynonymRules().add("stanting, stunting").add("blt, bantuan langsung tunai"), new SynonymRules(), RegionLexicon.EMPTY);

    private static InMemoryIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = new InMemoryIndex(InnovationDocuments.indexAnalyzer(ANALYSIS), List.of(
                document("beasiswa", "Beasiswa bagi anak keluarga miskin", "Scholarships for children of poor families"),
                document("rumah", "Program perbaikan rumah warga dengan rumus baru", "A programme to repair houses by a new formula"),
                document("rumus", "Rumus bantuan berbasis data", "An aid formula based on data"),
                document("stunting", "Pencegahan stunting", "Preventing stunting"),
                document("blt", "Penyaluran BLT desa", "Distributing village cash transfers"),
                document("tunai", "Bantuan tunai bersyarat", "Conditional cash aid")));
    }

    private static Document document(String slug, String indonesian, String english) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, slug, Field.Store.NO));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(slug)));
        doc.add(new TextField(WORDS_EXACT, indonesian, Field.Store.NO));
        doc.add(new TextField(WORDS, indonesian, Field.Store.NO));
        // The English stems as the index holds them (a fresh analyzer per document: each consumes its own stream).
        String stems = String.join(" ", IndonesianAnalysis.tokens(EnglishAnalysis.stemmed(), english));
        doc.add(new TextField(WORDS_EN, new WhitespaceAnalyzer().tokenStream(WORDS_EN, stems)));
        return doc;
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static UserQuery read(String typed) {
        return SpellingAlternatives.of(new UserQueryParser(32).parse(typed), ANALYZERS,
                SearchService.wordFrequency(index.reader), new IndexWords(index.reader));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a word no text writes is given the nearest one within its budget (one edit up to eight letters)
            "beasiwa | beasiswa",
            "perbaikn | perbaikan",
            // of two words equally near, the one more documents contain ("rumah" in one, "rumus" in two)
            "rumas | rumus",
            // a slip in the first letter, when no word keeps it
            "veasiswa | beasiswa",
            // two words written without their space
            "perbaikanrumah | perbaikan rumah",
            // a word the catalogue contains is taken as meant
            "beasiswa | -",
            // so is an Indonesian word, though a catalogue word is one edit from it ("ramah" is kind, not "rumah")
            "ramah | -",
            // so is a word of the English texts, though "program" is two edits from it
            "programme | -",
            // and a word a curated rule reads ("stanting" is stunting by the rule, and one edit from it)
            "stanting | -",
            // under five letters no spelling is guessed; beyond the budget nothing is near
            "rmah | -",
            "pxrbxikn | -"})
    void aMisspeltWordIsGivenItsLikelySpelling(String typed, String spelling) {
        Clause clause = read(typed).clauses().getFirst();
        assertEquals(spelling == null ? List.of(typed) : List.of(typed, spelling), clause.alternatives());
        assertEquals(spelling, clause.spelling());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"\"beasiwa anak\"", "beasiwa OR beasiswa", "-beasiwa"})
    void aPhraseAnOrAndAnExclusionAreLeftAsWritten(String typed) {
        UserQuery query = new UserQueryParser(32).parse(typed);
        assertEquals(query, read(typed));
    }

    /**
     * The spelling stands in the word's place when the query is expanded: "bantuan langsung tunia" is read as the rule
     * "blt, bantuan langsung tunai" and finds the text that writes only BLT. Appended after the word, the spelling left
     * "tunia" between "langsung" and "tunai", and no rule of several words matched.
     */
    @Test
    void aMisspeltWordInsideARuleOfSeveralWordsIsExpandedAsItsSpelling() throws IOException {
        TextQueryBuilder builder = new TextQueryBuilder(ANALYZERS, SearchService.wordFrequency(index.reader),
                new IndexWords(index.reader));
        Query ranking = builder.build(read("bantuan langsung tunia")).ranking();
        Set<Term> terms = new HashSet<>();
        ranking.visit(QueryVisitor.termCollector(terms));
        assertTrue(terms.contains(new Term(WORDS, "blt")), terms.toString());
        Set<String> found = new HashSet<>();
        for (ScoreDoc hit : index.searcher.search(ranking, 10).scoreDocs) {
            found.add(index.slug(hit.doc));
        }
        // "blt" only through the rule; the others by "bantuan" and "tunai"
        assertEquals(Set.of("blt", "tunai", "rumus"), found);
    }

    @Test
    void atMostEightWordsAreLookedUp() {
        UserQuery read = read("beasiwa ".repeat(9));
        assertEquals(8, read.clauses().stream().filter(c -> c.spelling() != null).count());
        assertEquals(9, read.clauses().size());
    }
}
