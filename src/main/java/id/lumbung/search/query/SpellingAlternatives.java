package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS_EN;
import static id.lumbung.search.index.SearchFields.WORDS_EXACT;

import id.lumbung.search.analysis.EnglishAnalysis;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.IndonesianDictionary;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.query.TextQueryBuilder.WordFrequency;
import id.lumbung.search.query.UserQuery.Clause;
import java.util.ArrayList;
import java.util.List;

/**
 * The query with each misspelt word given its likely spelling as an alternative ("beasiwa" OR "beasiswa"). A word is
 * taken as misspelt when no document contains it and it is no Indonesian word; its spelling is a region's name it is
 * near to, else the catalogue's nearest word within the typo budget. The word itself stays, and keeps its own near
 * matches; the alternative is searched as the user's word, with its stems, family, synonyms and concepts, which a
 * near match alone never reached.
 */
final class SpellingAlternatives {

    private SpellingAlternatives() {
    }

    static UserQuery of(UserQuery query, QueryAnalyzers analyzers, WordFrequency frequency) {
        List<Clause> clauses = new ArrayList<>(query.clauses().size());
        boolean changed = false;
        for (Clause clause : query.clauses()) {
            String corrected = clause.phrase() || clause.excluded() || clause.alternatives().size() > 1 ? null
                    : spelling(clause.text(), analyzers, frequency);
            if (corrected == null) {
                clauses.add(clause);
            } else {
                clauses.add(new Clause(List.of(clause.text(), corrected), false, false));
                changed = true;
            }
        }
        return changed ? new UserQuery(List.copyOf(clauses), query.truncated()) : query;
    }

    /** A word of the English versions of the texts is no typo of an Indonesian word. */
    private static boolean isEnglishWord(String word, WordFrequency frequency) {
        List<String> stems = IndonesianAnalysis.tokens(EnglishAnalysis.stemmed(), word);
        return stems.size() == 1 && frequency.documentsWith(WORDS_EN, stems.getFirst()) > 0;
    }

    private static String spelling(String typed, QueryAnalyzers analyzers, WordFrequency frequency) {
        String region = RegionQueries.regionSpelling(typed, analyzers, frequency);
        if (region != null) {
            return region;
        }
        List<String> tokens = IndonesianAnalysis.tokens(analyzers.exact(), typed);
        if (tokens.size() != 1) {
            return null;
        }
        String word = tokens.getFirst();
        int edits = WordQueries.typoEdits(word);
        if (edits == 0 || IndonesianAnalysis.STOP_WORDS.contains(word) || analyzers.regions().isRegionWord(word)
                || frequency.documentsWith(word) > 0 || IndonesianDictionary.isWord(word) || isEnglishWord(word, frequency)) {
            return null;
        }
        return frequency.nearest(WORDS_EXACT, word, edits);
    }
}
