package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS_EN;

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
 * taken as misspelt when no text writes it and it is neither an Indonesian word (JSastrawi's dictionary), nor a word
 * of the English versions, nor one a curated rule reads; its spelling is a region's name it is near to, else the
 * catalogue's nearest word within the typo budget. The word itself stays and keeps its own near matches; the spelling
 * is searched as the user's word, with its stems, family, synonyms and concepts, which a near match alone never
 * reached. A quoted or excluded word and an "a OR b" group are left as written: a guess must not take results away,
 * nor second-guess a choice the user spelt out.
 */
final class SpellingAlternatives {

    private SpellingAlternatives() {
    }

    /** The query with spellings; at most {@link TextQueryBuilder#MAX_FUZZY_WORDS} words are looked up in the index. */
    static UserQuery of(UserQuery query, QueryAnalyzers analyzers, WordFrequency frequency, IndexWords words) {
        List<Clause> clauses = new ArrayList<>(query.clauses().size());
        boolean changed = false;
        int lookUps = TextQueryBuilder.MAX_FUZZY_WORDS;
        for (Clause clause : query.clauses()) {
            String spelling = null;
            if (!clause.phrase() && !clause.excluded() && clause.alternatives().size() == 1) {
                spelling = RegionQueries.regionSpelling(clause.text(), analyzers, frequency);
                String word = spelling == null ? misspelt(clause.text(), analyzers, frequency) : null;
                if (word != null && lookUps-- > 0) {
                    spelling = spelling(word, words, frequency);
                }
            }
            if (spelling == null) {
                clauses.add(clause);
            } else {
                clauses.add(new Clause(List.of(clause.text(), spelling), false, false, spelling));
                changed = true;
            }
        }
        return changed ? new UserQuery(List.copyOf(clauses), query.truncated()) : query;
    }

    /** The clause's one word if it may be misspelt; null if it is a known word of any kind. */
    private static String misspelt(String typed, QueryAnalyzers analyzers, WordFrequency frequency) {
        List<String> tokens = IndonesianAnalysis.tokens(analyzers.exact(), typed);
        if (tokens.size() != 1) {
            return null;
        }
        String word = tokens.getFirst();
        boolean known = IndonesianAnalysis.STOP_WORDS.contains(word) || !word.chars().allMatch(Character::isLetter)
                || analyzers.regions().isRegionWord(word) || frequency.documentsWith(word) > 0
                || IndonesianDictionary.isWord(word) || isEnglishWord(word, frequency) || isRuleWord(word, analyzers);
        return known ? null : word;
    }

    /** A word of the English versions of the texts is no typo of an Indonesian word. */
    private static boolean isEnglishWord(String word, WordFrequency frequency) {
        List<String> stems = IndonesianAnalysis.tokens(EnglishAnalysis.stemmed(), word);
        return stems.size() == 1 && frequency.documentsWith(WORDS_EN, stems.getFirst()) > 0;
    }

    /** A word a synonym or concept rule reads ("stanting" → stunting) is meant as the rule says. */
    private static boolean isRuleWord(String word, QueryAnalyzers analyzers) {
        List<String> stemmed = IndonesianAnalysis.tokens(analyzers.stemmed(), word);
        return (analyzers.withSynonyms() != null && !IndonesianAnalysis.tokens(analyzers.withSynonyms(), word).equals(stemmed))
                || (analyzers.withConcepts() != null && !IndonesianAnalysis.tokens(analyzers.withConcepts(), word).equals(stemmed));
    }

    /** The two words it is without their space, else its nearest spelling; null for neither. */
    private static String spelling(String word, IndexWords words, WordFrequency frequency) {
        String split = words.split(word, frequency);
        if (split != null) {
            return split;
        }
        int edits = WordQueries.typoEdits(word);
        return edits == 0 ? null : words.nearest(word, edits);
    }
}
