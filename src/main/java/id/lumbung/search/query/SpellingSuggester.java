package id.lumbung.search.query;

import id.lumbung.search.analysis.IndonesianAnalysis;

/**
 * "Did you mean": the query with each misspelt word in the spelling it was also searched as (see
 * {@link SpellingAlternatives}), so the correction offered is the one the results already include. A region's name or
 * abbreviation is never replaced (Kalbar is not a misspelt "keluar"), and a near spelling of one is corrected to it.
 */
final class SpellingSuggester {

    private SpellingSuggester() {
    }

    /** The query's words as meant, or null when no word was read as misspelt. */
    static String suggest(UserQuery spelled) {
        if (spelled.clauses().stream().noneMatch(clause -> clause.spelling() != null)) {
            return null;
        }
        return String.join(" ", IndonesianAnalysis.tokens(IndonesianAnalysis.exact(), spelled.meantText()));
    }
}
