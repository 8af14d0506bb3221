package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.FACET_THEME;
import static id.lumbung.search.index.SearchFields.THEME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Pseudo-relevance feedback on the curators' themes: the themes of the best few ranked hits, weighed by each hit's
 * score and by how rare the theme is, lift every ranked hit by the share of them it has. A programme of the same kind often
 * shares few of the query's words; its theme says what it is about more reliably than words drawn from the best hits'
 * texts, which were measured as feedback and dropped (RM3 and "more like this", docs/search.md). The lift is a share of the best hit's score,
 * so it weighs the same for a one-word and a six-word query. Only hits the full query matched are lifted: the feedback
 * reorders the ranking window, it adds no match.
 */
final class ThemeFeedback {

    static final int FEEDBACK_HITS = 3;
    private static final String THEME_PREFIX = FACET_THEME + FacetsConfig.DELIM_CHAR;
    /** Sorts after every theme path: the delimiter's successor. */
    private static final String THEMES_END = FACET_THEME + (char) (FacetsConfig.DELIM_CHAR + 1);

    private ThemeFeedback() {
    }

    /** Adds each hit's lift to its score; {@code byScore} is in descending score order and stays unsorted after. */
    static void lift(IndexReader reader, ScoreDoc[] byScore, double share) throws IOException {
        if (!(share > 0) || byScore.length < 2 || byScore[0].score <= 0) {
            return;
        }
        List<List<String>> themes = themes(reader, byScore);
        Map<String, Double> weights = weights(reader, byScore, themes);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return;
        }
        double scale = share * byScore[0].score / total;
        for (int i = 0; i < byScore.length; i++) {
            if (byScore[i].score <= 0) {
                continue;
            }
            double lift = 0;
            for (String theme : themes.get(i)) {
                lift += weights.getOrDefault(theme, 0.0);
            }
            byScore[i].score += (float) (scale * lift);
        }
    }

    /** Each theme of the best hits: the sum of their scores relative to the best one, times the theme's IDF. */
    private static Map<String, Double> weights(IndexReader reader, ScoreDoc[] byScore, List<List<String>> themes)
            throws IOException {
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < Math.min(FEEDBACK_HITS, byScore.length); i++) {
            double relative = byScore[i].score / byScore[0].score;
            for (String theme : themes.get(i)) {
                weights.merge(theme, relative, Double::sum);
            }
        }
        // maxDoc, not numDocs: a theme's document frequency still counts replaced documents until their segments
        // merge, and against numDocs it could pass the total and make the rarity negative.
        int documents = reader.maxDoc();
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            int with = reader.docFreq(new Term(THEME, weight.getKey()));
            weight.setValue(weight.getValue() * Math.log(1 + (documents - with + 0.5) / (with + 0.5)));
        }
        return weights;
    }

    /**
     * Each hit's theme codes, read from the facet values segment by segment in document order. A segment's theme values
     * are one run of ordinals (the facet paths sort by dimension), each looked up once.
     */
    private static List<List<String>> themes(IndexReader reader, ScoreDoc[] hits) throws IOException {
        List<List<String>> themes = new ArrayList<>(hits.length);
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            themes.add(new ArrayList<>(4));
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        SortedSetDocValues values = null;
        long first = 0;
        long end = 0;
        Map<Long, String> names = new HashMap<>();
        for (int i : byDoc) {
            int index = ReaderUtil.subIndex(hits[i].doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                values = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                first = insertionPoint(values, THEME_PREFIX);
                end = insertionPoint(values, THEMES_END);
                names.clear();
            }
            if (first == end || !values.advanceExact(hits[i].doc - leaf.docBase)) {
                continue;
            }
            for (int k = 0; k < values.docValueCount(); k++) {
                long ord = values.nextOrd();
                if (ord >= end) {
                    break;
                }
                if (ord >= first) {
                    SortedSetDocValues leafValues = values;
                    themes.get(i).add(names.computeIfAbsent(ord, o -> name(leafValues, o)));
                }
            }
        }
        return themes;
    }

    /** The ordinal of the first value at or after {@code key}. */
    private static long insertionPoint(SortedSetDocValues values, String key) throws IOException {
        long ord = values.lookupTerm(new BytesRef(key));
        return ord >= 0 ? ord : -ord - 1;
    }

    private static String name(SortedSetDocValues values, long ord) {
        try {
            return FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[1];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
