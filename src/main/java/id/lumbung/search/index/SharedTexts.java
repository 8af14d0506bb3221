package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Texts that many documents share, region names and aliases, theme labels and acronym meanings, analysed once per
 * indexing thread instead of once per document (docs/benchmarks.md, performance diary). Bounded, least recently used
 * first out; emptied when the stemmer changes.
 */
final class SharedTexts {

    /** More than the kabupaten/kota, provinces and their aliases and the acronym meanings together. */
    private static final int CAPACITY = 4096;

    private static final ThreadLocal<SharedTexts> PER_THREAD = ThreadLocal.withInitial(SharedTexts::new);

    private final Map<String, AnalyzedText.Forms> texts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalyzedText.Forms> eldest) {
            return size() > CAPACITY;
        }
    };

    private Stemmer stemmer;

    static AnalyzedText.Forms analyzed(Analyzer exactChain, IndonesianAnalysis analysis, String text) {
        return PER_THREAD.get().get(exactChain, analysis, text);
    }

    private AnalyzedText.Forms get(Analyzer exactChain, IndonesianAnalysis analysis, String text) {
        if (stemmer != analysis.stemmer()) {
            texts.clear();
            stemmer = analysis.stemmer();
        }
        return texts.computeIfAbsent(text, t -> AnalyzedText.Forms.of(exactChain, analysis, t));
    }
}
