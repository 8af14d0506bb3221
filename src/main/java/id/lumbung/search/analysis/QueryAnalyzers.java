package id.lumbung.search.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers a query is read with at one moment: unstemmed, stemmed, stemmed with the domain synonyms
 * and stemmed with the concept thesaurus. Immutable; the vocabulary swaps in a new set when it changes.
 */
public record QueryAnalyzers(Analyzer exact, Analyzer stemmed, Analyzer withSynonyms, Analyzer withConcepts) {

    public static QueryAnalyzers of(SynonymRules synonyms, SynonymRules concepts) {
        return new QueryAnalyzers(IndonesianAnalysis.exact(), IndonesianAnalysis.stemmed(),
                IndonesianAnalysis.query(synonyms.built(), true), IndonesianAnalysis.query(concepts.built(), true));
    }
}
