package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.PHRASES;
import static id.lumbung.search.index.SearchFields.SLUG;
import static id.lumbung.search.index.SearchFields.SUMMARY;
import static id.lumbung.search.index.SearchFields.WORDS;
import static id.lumbung.search.index.SearchFields.WORDS_EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.analysis.RegionLexicon;
import id.lumbung.search.analysis.Stemmer;
import id.lumbung.search.analysis.SynonymRules;
import id.lumbung.search.index.InnovationDocuments;
import id.lumbung.search.query.TextQueryBuilder.TextQueries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text query of a search, run on a small index in memory whose word fields are analysed as the service's
 * (the exact and stemmed chains, the phrase field): which documents the user's words find, and in what order.
 */
class TextQueryBuilderTest {

    private static final Map<String, String> TEXTS = Map.of(
            "pemberdayaan", "Pemberdayaan perempuan pengusaha",
            "berdaya", "Desa berdaya mandiri",
            "budaya", "Festival budaya lokal",
            "jalan", "Perbaikan jalan desa",
            "rumah", "Perbaikan rumah warga miskin",
            "usaha-mikro", "Pinjaman usaha mikro kecil menengah");

    /** The service's default stemmer (lumbung.search.stemmer). */
    private static final IndonesianAnalysis ANALYSIS = new IndonesianAnalysis(Stemmer.lucene);
    private static final QueryAnalyzers ANALYZERS = QueryAnalyzers.of(ANALYSIS,
            new SynonymRules().add("umkm, usaha mikro kecil menengah"), new SynonymRules(), RegionLexicon.EMPTY);

    private static InMemoryIndex index;

    @BeforeAll
    static void index() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (var entry : TEXTS.entrySet()) {
            Document doc = new Document();
            doc.add(new StringField(SLUG, entry.getKey(), Field.Store.NO));
            doc.add(new SortedDocValuesField(SLUG, new BytesRef(entry.getKey())));
            for (String field : List.of(WORDS_EXACT, WORDS, PHRASES, SUMMARY)) {
                doc.add(new TextField(field, entry.getValue(), Field.Store.NO));
            }
            documents.add(doc);
        }
        index = new InMemoryIndex(InnovationDocuments.indexAnalyzer(ANALYSIS), documents);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static TextQueries build(String q) {
        return new TextQueryBuilder(ANALYZERS, SearchService.wordFrequency(index.reader), new IndexWords(index.reader))
                .build(new UserQueryParser(32).parse(q));
    }

    /** The slugs a query finds, best first. */
    private static List<String> found(Query query) throws IOException {
        TopDocs top = index.searcher.search(query, 100);
        List<String> slugs = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            slugs.add(index.slug(doc.doc));
        }
        return slugs;
    }

    private static Set<String> foundSet(Query query) throws IOException {
        return Set.copyOf(found(query));
    }

    @Test
    void noWordsIsNoTextQuery() {
        assertEquals(new TextQueries(null, null, null), build(""));
        assertEquals(new TextQueries(null, null, null), build("   "));
    }

    @Test
    void aWordFindsItsOtherFormsButNotWordsThatMerelyContainIt() throws IOException {
        TextQueries memberdayakan = build("memberdayakan");
        assertEquals(Set.of("pemberdayaan", "berdaya"), foundSet(memberdayakan.recall()));
        assertEquals(Set.of("pemberdayaan", "berdaya"), foundSet(memberdayakan.ranking()));
    }

    @Test
    void theRankingAndRecallQueriesFindTheSameDocuments() throws IOException {
        for (String q : List.of("perbaikan rumah", "desa", "umkm", "perbaikn", "\"perbaikan jalan\"", "desa -jalan")) {
            TextQueries queries = build(q);
            assertEquals(foundSet(queries.recall()), foundSet(queries.ranking()), q);
        }
    }

    @Test
    void exclusionsAloneLeaveEverythingElse() throws IOException {
        TextQueries withoutDesa = build("-desa");
        assertSame(withoutDesa.recall(), withoutDesa.ranking());
        assertEquals(Set.of("pemberdayaan", "budaya", "rumah", "usaha-mikro"), foundSet(withoutDesa.recall()));
        assertNull(withoutDesa.highlight(), "nothing to mark");
    }

    @Test
    void anExcludedWordRemovesTheDocumentsWithIt() throws IOException {
        assertEquals(Set.of("jalan", "berdaya"), foundSet(build("desa").recall()));
        assertEquals(Set.of("berdaya"), foundSet(build("desa -jalan").recall()));
    }

    @Test
    void aQuotedPhraseIsRequiredInItsOrder() throws IOException {
        assertEquals(Set.of("jalan"), foundSet(build("\"perbaikan jalan\"").recall()));
        assertEquals(Set.of(), foundSet(build("\"jalan perbaikan\"").recall()));
        assertEquals(Set.of("jalan", "rumah"), foundSet(build("perbaikan jalan").recall()));
    }

    @Test
    void aDocumentWithMoreOfTheWordsRanksFirst() throws IOException {
        assertEquals(List.of("rumah", "jalan"), found(build("perbaikan rumah").ranking()));
        assertEquals(List.of("jalan", "rumah"), found(build("perbaikan jalan").ranking()));
    }

    @Test
    void aSynonymFindsWhatTheWordStandsFor() throws IOException {
        assertEquals(Set.of("usaha-mikro"), foundSet(build("umkm").recall()));
    }

    @Test
    void aTypoThatNoDocumentContainsIsMatchedWithinItsEdits() throws IOException {
        assertEquals(Set.of("jalan", "rumah"), foundSet(build("perbaikn").recall()));
        assertEquals(Set.of(), foundSet(build("pxrbxikn").recall()), "beyond one edit for eight letters");
    }

    @Test
    void snippetsAreMarkedWithTheUsersWordsOnTheDisplayedTextsOnly() {
        Set<Term> terms = new HashSet<>();
        build("memberdayakan -desa").highlight().visit(QueryVisitor.termCollector(terms));
        assertTrue(terms.contains(new Term(SUMMARY, "daya")), terms.toString());
        assertTrue(terms.stream().allMatch(t -> TextQueryBuilder.HIGHLIGHTED_FIELDS.contains(t.field())), terms.toString());
        assertTrue(terms.stream().noneMatch(t -> t.text().equals("desa")), "an excluded word is not marked");
    }
}
