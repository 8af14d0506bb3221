package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS;
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
 * The query with each misspelt or clipped word given its likely spelling as an alternative ("beasiwa" OR "beasiswa",
 * "rehab" OR "rehabilitasi"). A word is taken as misspelt when no document contains it and it is no Indonesian or
 * English word of the texts; its spelling is a region's name it is near to, else the catalogue's nearest word within
 * the typo budget, else, for a word that is not even a form of a known one, the catalogue word it was clipped from. The word itself stays, and keeps its own near
 * matches; the alternative is searched as the user's word, with its stems, family, synonyms and concepts, which a
 * near match alone never reached.
 */
final class SpellingAlternatives {

    /** Clipped words people write ("rehab", "info", "lab") are at least this long, to be read as one. */
    static final int MIN_CLIPPED = 4;
    /** The letters a clipping leaves out at least: fewer is an inflection, which the stems already cover. */
    static final int CLIPPED_LETTERS = 3;

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
                clauses.add(new Clause(List.of(clause.text(), corrected), false, false, corrected));
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
        if (IndonesianAnalysis.STOP_WORDS.contains(word) || analyzers.regions().isRegionWord(word)
                || !word.chars().allMatch(Character::isLetter) || frequency.documentsWith(word) > 0
                || isEnglishWord(word, frequency)) {
            return null;
        }
        int edits = WordQueries.typoEdits(word);
        if (edits > 0 && !IndonesianDictionary.isWord(word)) {
            String near = frequency.nearest(WORDS_EXACT, word, edits);
            if (near != null) {
                return near;
            }
        }
        return clipped(word, analyzers, frequency);
    }

    /**
     * The catalogue's word that a clipped word was cut from ("rehab" → rehabilitasi, "sosialisasi" is not cut from
     * anything): the one most documents contain of those that begin with the word and are at least
     * {@link #CLIPPED_LETTERS} letters longer, and not a derivation of another root ("pendek", short, was not cut from
     * "pendekatan", approach, whose root is "dekat"). Only for a word of {@link #MIN_CLIPPED} letters or more whose
     * stem no document has either (a form of a known word is no clipping).
     */
    private static String clipped(String word, QueryAnalyzers analyzers, WordFrequency frequency) {
        if (word.length() < MIN_CLIPPED) {
            return null;
        }
        List<String> stems = IndonesianAnalysis.tokens(analyzers.stemmed(), word);
        if (stems.size() != 1 || frequency.documentsWith(WORDS, stems.getFirst()) > 0) {
            return null;
        }
        for (String completion : frequency.completions(WORDS_EXACT, word, word.length() + CLIPPED_LETTERS)) {
            String root = IndonesianDictionary.rootOf(completion);
            if (root == null || root.startsWith(word)) {
                return completion;
            }
        }
        return null;
    }
}
