package id.lumbung.search;

import id.lumbung.search.analysis.IndonesianAnalysis;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The Indonesian analysis of index and queries, built once from {@code lumbung.search.stemmer} and injected wherever
 * text is analysed: every bean gets the same stemmer whatever order they start in.
 */
public class SearchAnalysis {

    @Produces
    @Singleton
    IndonesianAnalysis indonesianAnalysis(SearchConfig config) {
        return new IndonesianAnalysis(config.stemmer());
    }
}
