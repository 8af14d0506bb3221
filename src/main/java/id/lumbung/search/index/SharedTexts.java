package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Texts that many documents share, region names and aliases and theme labels, analysed once per indexing thread
 * instead of once per document: they were a fifth of the words analysed in a rebuild. Bounded, least recently used
 * first out; emptied when the stemmer changes.
 */
final class SharedTexts {

    /** More than the kabupaten/kota, provinces and their aliases together. */
    private static final int CAPACITY = 4096;

    private static final ThreadLocal<SharedTexts> PER_THREAD = ThreadLocal.withInitial(SharedTexts::new);

    /** A text as written and stemmed; neither is changed after analysis, so documents can share them. */
    record Analyzed(AnalyzedText exact, AnalyzedText stemmed) {
    }

    private final Map<String, Analyzed> texts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analyzed> eldest) {
            return size() > CAPACITY;
        }
    };

    private Stemmer stemmer;

    static Analyzed analyzed(Analyzer exactChain, String text) {
        return PER_THREAD.get().get(exactChain, text);
    }

    private Analyzed get(Analyzer exactChain, String text) {
        if (stemmer != IndonesianAnalysis.stemmer()) {
            texts.clear();
            stemmer = IndonesianAnalysis.stemmer();
        }
        Analyzed known = texts.get(text);
        if (known == null) {
            AnalyzedText exact = AnalyzedText.of(exactChain, text);
            known = new Analyzed(exact, exact.stemmed());
            texts.put(text, known);
        }
        return known;
    }
}
