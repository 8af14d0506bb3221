package id.lumbung.search.index;

import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.search.analysis.AcronymMeanings;
import id.lumbung.search.analysis.EnglishAnalysis;
import id.lumbung.search.analysis.IndonesianAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexedInnovation} into its Lucene document; owns the index-time analysis. */
public final class InnovationDocuments {

    /** The weighted word fields: the frequency of each occurrence is its text's weight, so no positions. */
    private static final FieldType WEIGHTED_WORDS = new FieldType(TextField.TYPE_NOT_STORED);

    /** Words of names and acronyms for suggest: only looked up by prefix, as filters; no frequencies, positions, norms. */
    private static final FieldType PREFIXES = new FieldType(TextField.TYPE_NOT_STORED);

    /** Words between two texts in the phrase field: a phrase never spans the end of one text and the start of the next. */
    static final int PHRASE_GAP = 100;

    static {
        WEIGHTED_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WEIGHTED_WORDS.freeze();
        PREFIXES.setIndexOptions(IndexOptions.DOCS);
        PREFIXES.setOmitNorms(true);
        PREFIXES.freeze();
    }

    /** The exact chain of every text; the stemmed twin is stemmed from its tokens. Shared by the indexing threads. */
    private static final Analyzer EXACT_CHAIN = IndonesianAnalysis.exact();

    /**
     * Bump when fields or their analysis change; the acronyms' meanings are part of it. An index of another version is
     * rebuilt at start.
     */
    public static final String SCHEMA_VERSION = "14-" + AcronymMeanings.VERSION;

    private InnovationDocuments() {
    }

    /**
     * The analyzers the index writer knows the fields by. The text fields are filled with tokens analysed beforehand
     * (see {@link AnalyzedText}), so of their analyzers only the gap between texts counts; displayed texts (see
     * {@link HitCard}) are analysed with the stemmed chain when snippets are highlighted; suggest takes lower-cased,
     * folded words.
     */
    public static Analyzer indexAnalyzer(IndonesianAnalysis analysis) {
        Analyzer stemmed = analysis.stemmed();
        Analyzer phrases = new AnalyzerWrapper(stemmed.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return stemmed;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return PHRASE_GAP;
            }
        };
        Analyzer english = EnglishAnalysis.stemmed();
        return new PerFieldAnalyzerWrapper(stemmed, Map.of(WORDS_EXACT, IndonesianAnalysis.exact(), PHRASES, phrases,
                SUGGEST, suggestAnalyzer(), NAME_EN, english, SUMMARY_EN, english, OUTCOMES_EN, english));
    }

    /**
     * Lower-cased, folded words: of names and acronyms in the index, and as typed so far in a query (each looked up
     * as a prefix). Not edge n-grams: they would spare the prefix look-up but multiply the terms a rebuild inverts
     * (docs/benchmarks.md, performance diary).
     */
    public static Analyzer suggestAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    /** The document as the index writer takes it. */
    static Document indexed(IndexedInnovation i, IndonesianAnalysis analysis) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(i.id()), Field.Store.NO));
        doc.add(new StringField(SLUG, i.slug(), Field.Store.NO));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(i.slug())));

        text(doc, TextWeight.NAME, i.name(), analysis);
        text(doc, TextWeight.ACRONYM, i.acronym(), analysis);
        i.aliases().forEach(alias -> text(doc, TextWeight.ALIASES, alias, analysis));
        text(doc, TextWeight.SUMMARY, i.summary(), analysis);
        text(doc, TextWeight.OUTCOMES, i.outcomes(), analysis);
        text(doc, TextWeight.BODY, i.body(), analysis);
        acronymMeanings(doc, AcronymMeanings.of(i.name(), i.acronym(), i.summary(), i.outcomes(), i.body()), analysis);
        regionTexts(doc, i.regionTexts(), analysis);
        for (String label : i.themeLabels()) {
            if (label != null && !label.isBlank()) {
                text(doc, TextWeight.THEMES, SharedTexts.analyzed(EXACT_CHAIN, analysis, label));
            }
        }
        english(doc, i.english());
        doc.add(HitCard.of(i).field());
        suggest(doc, i);

        for (String code : i.regionCodes()) {
            doc.add(new StringField(REGION_CODE, code, Field.Store.NO));
        }
        for (String theme : i.themes()) {
            doc.add(new StringField(THEME, theme, Field.Store.NO));
            doc.add(FacetValue.of(FACET_THEME, theme));
        }
        keyword(doc, LEVEL, i.level(), FACET_LEVEL);
        keyword(doc, TAHAPAN, i.tahapan(), FACET_TAHAPAN);
        keyword(doc, URUSAN, i.urusan(), FACET_URUSAN);
        if (i.provinceCode() != null) {
            doc.add(FacetValue.of(FACET_PROVINCE, i.provinceCode()));
        }
        doc.add(new StringField(HAS_AWARD, Boolean.toString(i.hasAward()), Field.Store.NO));
        doc.add(new StringField(REPLICATED, Boolean.toString(i.replicationCount() > 0), Field.Store.NO));
        doc.add(new StringField(RUNNING_STATUS, i.runningStatus(), Field.Store.NO));
        if (i.year() != null) {
            doc.add(new IntPoint(YEAR, i.year()));
            doc.add(FacetValue.of(FACET_YEAR, Integer.toString(i.year())));
        }
        doc.add(new NumericDocValuesField(YEAR_SORT, i.year() == null ? 0 : i.year()));
        doc.add(new NumericDocValuesField(REPLICATION_COUNT, i.replicationCount()));
        features(doc, i);
        return doc;
    }

    /** Signals for the gentle ranking boosts (FeatureField values must be positive). */
    private static void features(Document doc, IndexedInnovation i) {
        if (i.replicationCount() > 0) {
            doc.add(new FeatureField(FEATURES, FEATURE_REPLICATIONS, i.replicationCount()));
        }
        if (i.provenReplicationCount() > 0) {
            doc.add(new FeatureField(FEATURES, FEATURE_PROVEN, i.provenReplicationCount()));
        }
        if ("berjalan".equals(i.runningStatus())) {
            doc.add(new FeatureField(FEATURES, FEATURE_RUNNING, 1f));
        }
    }

    /** Indexes a text: its words as written and stemmed, weighted, and its stems for phrases. Nothing for no text. */
    private static void text(Document doc, TextWeight weight, String value, IndonesianAnalysis analysis) {
        if (value != null && !value.isBlank()) {
            text(doc, weight, AnalyzedText.Forms.of(EXACT_CHAIN, analysis, value));
        }
    }

    private static void text(Document doc, TextWeight weight, AnalyzedText.Forms text) {
        doc.add(text.exact().field(WORDS_EXACT, WEIGHTED_WORDS, weight.frequency()));
        doc.add(text.stemmed().field(WORDS, WEIGHTED_WORDS, weight.frequency()));
        doc.add(text.stemmed().field(PHRASES, TextField.TYPE_NOT_STORED, 1));
    }

    /**
     * The meanings of the acronyms the texts write, weighted as body text, on the word fields only: not on the phrase
     * field, where the query's own expansion of an acronym ("KTP" → "kartu tanda penduduk") would then count a text
     * that writes "KTP" twice. The meanings are a few hundred texts that many documents share, analysed once per
     * thread.
     */
    private static void acronymMeanings(Document doc, List<String> meanings, IndonesianAnalysis analysis) {
        for (String meaning : meanings) {
            AnalyzedText.Forms text = SharedTexts.analyzed(EXACT_CHAIN, analysis, meaning);
            doc.add(text.exact().field(WORDS_EXACT, WEIGHTED_WORDS, TextWeight.BODY.frequency()));
            doc.add(text.stemmed().field(WORDS, WEIGHTED_WORDS, TextWeight.BODY.frequency()));
        }
    }

    /** The English versions, weighted as their Indonesian originals, in their own field with English analysis. */
    private static void english(Document doc, IndexedInnovation.English english) {
        if (english == null) {
            return;
        }
        englishText(doc, TextWeight.NAME, english.name());
        englishText(doc, TextWeight.SUMMARY, english.summary());
        englishText(doc, TextWeight.OUTCOMES, english.outcomes());
        englishText(doc, TextWeight.BODY, english.body());
    }

    private static void englishText(Document doc, TextWeight weight, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(AnalyzedText.of(EnglishAnalysis.stemmed(), value).field(WORDS_EN, WEIGHTED_WORDS, weight.frequency()));
        }
    }

    /**
     * The names and aliases of the innovation's regions, less those whose words stand in the same order in another
     * ("Bangka Barat" in "Kabupaten Bangka Barat"): every word and phrase still matches, with far fewer words to
     * index (docs/benchmarks.md, performance diary).
     */
    private static void regionTexts(Document doc, List<String> values, IndonesianAnalysis analysis) {
        List<AnalyzedText.Forms> analyzed = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                analyzed.add(SharedTexts.analyzed(EXACT_CHAIN, analysis, value));
            }
        }
        for (int i = 0; i < analyzed.size(); i++) {
            if (!coveredByAnother(analyzed, i)) {
                text(doc, TextWeight.REGION, analyzed.get(i));
            }
        }
    }

    /** Whether another text contains this one's words in order; of two with the same words, the first stays. */
    private static boolean coveredByAnother(List<AnalyzedText.Forms> texts, int index) {
        AnalyzedText text = texts.get(index).exact();
        for (int j = 0; j < texts.size(); j++) {
            AnalyzedText other = texts.get(j).exact();
            if (j != index && other.containsInOrder(text) && (j < index || !text.containsInOrder(other))) {
                return true;
            }
        }
        return false;
    }

    private static void suggest(Document doc, IndexedInnovation i) {
        for (String value : new String[] {i.name(), i.acronym()}) {
            if (value != null) {
                doc.add(new Field(SUGGEST, value, PREFIXES));
            }
        }
    }

    private static void keyword(Document doc, String field, String value, String facet) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(FacetValue.of(facet, value));
        }
    }
}
