package id.lumbung.search.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * What a query is read with at one moment: the analyzers (unstemmed, stemmed, stemmed with the domain synonyms
 * and stemmed with the concept thesaurus) and the names of the regions. Immutable; the vocabulary swaps in a new set when it changes.
 */
public record QueryAnalyzers(Analyzer exact, Analyzer stemmed, Analyzer withSynonyms, Analyzer withConcepts,
        RegionLexicon regions) {

    public static QueryAnalyzers of(IndonesianAnalysis analysis, SynonymRules synonyms, SynonymRules concepts,
            RegionLexicon regions) {
        return new QueryAnalyzers(IndonesianAnalysis.exact(), analysis.stemmed(), IndonesianAnalysis.query(synonyms.built(),
                analysis.stemmer()), IndonesianAnalysis.query(concepts.built(), analysis.stemmer()), regions);
    }
}
