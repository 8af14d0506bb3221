package id.lumbung.search.index;

import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.search.analysis.IndonesianAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexedInnovation} into its Lucene document; owns the index-time analysis. */
public final class InnovationDocuments {

    /** Text with offsets in the postings, so highlighting needs no re-analysis; the value is stored beside it. */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    /** Words without positions: the exact catch-all is read by term, near-spelling and frequency look-ups only. */
    private static final FieldType WORDS = new FieldType(TextField.TYPE_NOT_STORED);

    /** Prefixes for suggest: only looked up as filters, so neither frequencies, positions nor norms. */
    private static final FieldType PREFIXES = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
        PREFIXES.setIndexOptions(IndexOptions.DOCS);
        PREFIXES.setOmitNorms(true);
        PREFIXES.freeze();
    }

    public static final FacetsConfig FACETS = facetsConfig();

    /** The exact chain of every text; the stemmed twin is stemmed from its tokens. Shared by the indexing threads. */
    private static final Analyzer EXACT_CHAIN = IndonesianAnalysis.exact();

    /** Bump when fields or their analysis change: an index of another version is rebuilt at start. */
    public static final String SCHEMA_VERSION = "6";

    private InnovationDocuments() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_THEME, true);
        return config;
    }

    /** Stemmed analysis by default; unstemmed for the exact twins; edge n-grams for suggest. */
    public static Analyzer indexAnalyzer() {
        Analyzer exact = IndonesianAnalysis.exact();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : List.of(NAME, ACRONYM, ALIASES, SUMMARY, OUTCOMES, BODY, REGION, THEMES)) {
            perField.put(field + EXACT, exact);
        }
        perField.put(ALL_EXACT, exact);
        perField.put(SUGGEST, suggestIndexAnalyzer());
        return new PerFieldAnalyzerWrapper(IndonesianAnalysis.stemmed(), perField);
    }

    /** Lower-cased, folded words, as typed so far. */
    public static Analyzer suggestQueryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    private static Analyzer suggestIndexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(stream, 1, 20, true));
            }
        };
    }

    /** The document as the index writer takes it (facet fields translated by the facets configuration). */
    static Document indexed(IndexedInnovation innovation) throws IOException {
        return FACETS.build(toDocument(innovation));
    }

    public static Document toDocument(IndexedInnovation i) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(i.id()), Field.Store.YES));
        doc.add(new StringField(SLUG, i.slug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(i.slug())));

        Analyzed name = text(doc, NAME, i.name(), true);
        Analyzed acronym = text(doc, ACRONYM, i.acronym(), true);
        List<Analyzed> aliases = texts(doc, ALIASES, i.aliases());
        Analyzed summary = text(doc, SUMMARY, i.summary(), true);
        Analyzed outcomes = text(doc, OUTCOMES, i.outcomes(), true);
        Analyzed body = text(doc, BODY, i.body(), false);
        List<Analyzed> regions = regionTexts(doc, i.regionTexts());
        List<Analyzed> themes = texts(doc, THEMES, i.themeLabels());
        // The catch-alls take the same tokens again, in this order (phrases are matched on their positions).
        List<Analyzed> all = new ArrayList<>(Arrays.asList(name, acronym, summary, outcomes, body));
        all.addAll(aliases);
        all.addAll(regions);
        all.addAll(themes);
        for (Analyzed value : all) {
            if (value != null) {
                doc.add(value.exact().field(ALL_EXACT, WORDS));
                doc.add(value.stemmed().field(ALL_STEMMED, TextField.TYPE_NOT_STORED));
            }
        }
        suggest(doc, i);

        for (String code : i.regionCodes()) {
            doc.add(new StringField(REGION_CODE, code, Field.Store.NO));
        }
        for (String theme : i.themes()) {
            doc.add(new StringField(THEME, theme, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(FACET_THEME, theme));
        }
        keyword(doc, LEVEL, i.level(), FACET_LEVEL);
        keyword(doc, TAHAPAN, i.tahapan(), FACET_TAHAPAN);
        keyword(doc, URUSAN, i.urusan(), FACET_URUSAN);
        if (i.provinceCode() != null) {
            doc.add(new SortedSetDocValuesFacetField(FACET_PROVINCE, i.provinceCode()));
        }
        doc.add(new StringField(HAS_AWARD, Boolean.toString(i.hasAward()), Field.Store.NO));
        doc.add(new StringField(REPLICATED, Boolean.toString(i.replicationCount() > 0), Field.Store.NO));
        doc.add(new StringField(RUNNING_STATUS, i.runningStatus(), Field.Store.YES));
        if (i.year() != null) {
            doc.add(new IntPoint(YEAR, i.year()));
            doc.add(new StoredField(YEAR, i.year()));
            doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(i.year())));
        }
        doc.add(new NumericDocValuesField(YEAR_SORT, i.year() == null ? 0 : i.year()));
        doc.add(new NumericDocValuesField(REPLICATION_COUNT, i.replicationCount()));
        doc.add(new StoredField(REPLICATION_COUNT, i.replicationCount()));
        features(doc, i);

        stored(doc, REGION_NAME, i.regionName());
        stored(doc, OWN_REGION_CODE, i.regionCode());
        stored(doc, PROVINCE_CODE, i.provinceCode());
        stored(doc, PROVINCE_NAME, i.provinceName());
        stored(doc, BEST_REPLICATION_STATUS, i.bestReplicationStatus());
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

    /** A value's tokens through both chains. */
    private record Analyzed(AnalyzedText exact, AnalyzedText stemmed) {
    }

    /** Indexes a value in its field (stemmed) and the field's exact twin; null for no value. */
    private static Analyzed text(Document doc, String field, String value, boolean highlighted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(doc, field, value, AnalyzedText.of(EXACT_CHAIN, value), highlighted);
    }

    private static Analyzed text(Document doc, String field, String value, AnalyzedText exact, boolean highlighted) {
        Analyzed analyzed = new Analyzed(exact, exact.stemmed());
        doc.add(analyzed.stemmed().field(field, highlighted ? HIGHLIGHTED_TEXT : TextField.TYPE_NOT_STORED));
        if (highlighted) {
            doc.add(new StoredField(field, value));
        }
        doc.add(analyzed.exact().field(field + EXACT, TextField.TYPE_NOT_STORED));
        return analyzed;
    }

    /**
     * The names and aliases of the innovation's regions, less those whose words stand in the same order in another
     * ("Bangka Barat" in "Kabupaten Bangka Barat"): every word and phrase still matches, and the region's many
     * variants were a third of all the words indexed.
     */
    private static List<Analyzed> regionTexts(Document doc, List<String> values) {
        List<String> texts = new ArrayList<>();
        List<AnalyzedText> analyzed = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                texts.add(value);
                analyzed.add(AnalyzedText.of(EXACT_CHAIN, value));
            }
        }
        List<Analyzed> indexed = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (!coveredByAnother(analyzed, i)) {
                indexed.add(text(doc, REGION, texts.get(i), analyzed.get(i), false));
            }
        }
        return indexed;
    }

    /** Whether another text contains this one's words in order; of two with the same words, the first stays. */
    private static boolean coveredByAnother(List<AnalyzedText> texts, int index) {
        AnalyzedText text = texts.get(index);
        for (int j = 0; j < texts.size(); j++) {
            if (j != index && texts.get(j).containsInOrder(text) && (j < index || !text.containsInOrder(texts.get(j)))) {
                return true;
            }
        }
        return false;
    }

    private static List<Analyzed> texts(Document doc, String field, List<String> values) {
        List<Analyzed> analyzed = new ArrayList<>(values.size());
        for (String value : values) {
            analyzed.add(text(doc, field, value, false));
        }
        return analyzed;
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
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(facet, value));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
