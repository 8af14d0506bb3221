package id.lumbung.search.query;

import static id.lumbung.search.analysis.IndonesianAnalysis.tokens;
import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.search.analysis.EnglishAnalysis;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.index.TextWeight;
import id.lumbung.search.query.UserQuery.Clause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed user query into the Lucene text query. Ranking, from strongest to weakest: the user's words
 * as written (unstemmed), their stems, domain synonyms, typo-tolerant matches, and the concept thesaurus. Every
 * word is scored across all texts as one (BM25F): the index weights each occurrence by its text, so acronym and
 * name count above summary above the body text (see {@link TextWeight}). See docs/search.md.
 */
public final class TextQueryBuilder {

    static final float SYNONYM_WEIGHT = 3f;
    static final float CONCEPT_WEIGHT = 3f;
    static final List<String> HIGHLIGHTED_FIELDS = List.of(NAME, SUMMARY, OUTCOMES, NAME_EN, SUMMARY_EN, OUTCOMES_EN);
    private static final List<String> ENGLISH_FIELDS = List.of(NAME_EN, SUMMARY_EN, OUTCOMES_EN);
    private static final int MAX_HIGHLIGHT_TERMS = 200;
    static final float COORDINATION_BONUS = 3f;
    /** A word a document does not contain but whose synonym or concept it does counts half (see {@link #withMeanings}). */
    static final float MEANING_BONUS = COORDINATION_BONUS / 2;
    static final int MAX_FUZZY_WORDS = 8;

    /** How many documents contain a term of a field; a word as written that no document contains is a likely typo. */
    public interface WordFrequency {
        int documentsWith(String field, String term);

        default int documentsWith(String word) {
            return documentsWith(WORDS_EXACT, word);
        }

        /** How many documents there are. */
        int documents();
    }

    private final QueryAnalyzers analyzers;
    private final WordQueries words;

    TextQueryBuilder(QueryAnalyzers analyzers, WordFrequency frequency, IndexWords indexWords) {
        this.analyzers = analyzers;
        this.words = new WordQueries(analyzers, frequency, indexWords);
    }

    /**
     * The two text queries of a search; both null when the query has no positive words (then everything
     * matches).
     *
     * @param ranking the full relevance query, costly per document: it ranks the best candidates
     * @param recall  the same documents with a cheap score (catch-all fields): it finds all matches, counts
     *                facets and picks the candidates
     * @param highlight the user's words and phrases on the highlighted fields only: marking snippets with the
     *                  full query would cost far more than the search itself
     */
    public record TextQueries(Query ranking, Query recall, Query highlight) {
    }

    public TextQueries build(UserQuery query) {
        BooleanQuery.Builder rankingWords = new BooleanQuery.Builder();
        BooleanQuery.Builder recallWords = new BooleanQuery.Builder();
        List<Query> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        int wordCount = 0;
        int[] fuzzyBudget = {MAX_FUZZY_WORDS};
        Map<Clause, Float> bonus = coordinationBonuses(query);
        for (Clause clause : query.clauses()) {
            Query q = clauseQuery(clause, fuzzyBudget);
            if (q == null) {
                continue;
            }
            if (clause.excluded()) {
                excluded.add(q);
            } else if (clause.phrase()) {
                required.add(q);
            } else {
                rankingWords.add(q, Occur.SHOULD);
                Query presence = presenceQuery(clause);
                if (presence != null) {
                    // Coordination: every query word a document contains adds a bonus (weighed by the word's rarity),
                    // so documents matching more of the user's words rank above those repeating one of them; a word whose
                    // synonym or concept a document contains ("jompo": "lansia") adds half as much (a document with
                    // both the word and its meaning gets both bonuses).
                    rankingWords.add(new BoostQuery(new ConstantScoreQuery(presence), bonus.getOrDefault(clause, COORDINATION_BONUS)),
                            Occur.SHOULD);
                    Query meanings = withMeanings(presence, clause);
                    if (meanings != presence) {
                        rankingWords.add(new BoostQuery(new ConstantScoreQuery(meanings), MEANING_BONUS), Occur.SHOULD);
                    }
                    recallWords.add(presence, Occur.SHOULD);
                }
                wordCount++;
            }
        }
        if (wordCount == 0 && required.isEmpty()) {
            if (excluded.isEmpty()) {
                return new TextQueries(null, null, null);
            }
            // Only exclusions ("-jakarta"): everything else.
            BooleanQuery.Builder rest = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            excluded.forEach(q -> rest.add(q, Occur.MUST_NOT));
            Query everythingElse = rest.build();
            return new TextQueries(everythingElse, everythingElse, null);
        }
        String text = query.meantText();
        List<String> stems = tokens(analyzers.stemmed(), text);
        Expansions.Expansion synonyms = Expansions.of(analyzers.withSynonyms(), text, stems, SYNONYM_WEIGHT);
        Expansions.Expansion concepts = Expansions.of(analyzers.withConcepts(), text, stems, CONCEPT_WEIGHT);
        return new TextQueries(combine(rankingWords, wordCount, required, excluded, synonyms.ranking(), concepts.ranking()),
                combine(recallWords, wordCount, required, excluded, synonyms.recall(), concepts.recall()),
                highlightQuery(query));
    }

    /**
     * The coordination bonus of each of the query's words: the same on average, but more for a rarer word and less for a
     * common one (the word's IDF over the mean IDF of the query's words, between half and twice the bonus), so that a
     * document with "perbaikan rumah" outranks one with "warga miskin" for "perbaikan rumah warga miskin". A word no
     * document contains as a stem gets the plain bonus; a misspelt one weighs as its spelling does.
     */
    private Map<Clause, Float> coordinationBonuses(UserQuery query) {
        Map<Clause, Double> idfs = new HashMap<>();
        int documents = words.documents();
        for (Clause clause : query.clauses()) {
            List<String> stems = clause.excluded() || clause.phrase() ? List.of() : tokens(analyzers.stemmed(), clause.meant());
            int withStem = stems.size() == 1 ? words.documentsWithStem(stems.getFirst()) : 0;
            if (withStem > 0) {
                idfs.put(clause, Math.log(1 + (documents - withStem + 0.5) / (withStem + 0.5)));
            }
        }
        Map<Clause, Float> bonuses = new HashMap<>();
        if (idfs.size() > 1) {
            double mean = idfs.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            idfs.forEach((clause, idf) -> bonuses.put(clause,
                    (float) (COORDINATION_BONUS * Math.clamp(idf / mean, 0.5, 2.0))));
        }
        return bonuses;
    }

    /**
     * A word's presence, or that of what its synonyms and concepts expand it to (for a word on its own: a rule over
     * several words is matched by the expansion of the whole query). Paraphrases share few words with the programmes
     * they describe; counting the meanings they share keeps a document that covers all the user's concepts above one
     * that repeats a single frequent word. Ranking only: the recall query stays the user's words.
     */
    private Query withMeanings(Query presence, Clause clause) {
        if (clause.alternatives().size() > 1 && clause.spelling() == null) {
            return presence;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(presence, Occur.SHOULD);
        int added = 0;
        for (Analyzer analyzer : new Analyzer[] {analyzers.withSynonyms(), analyzers.withConcepts()}) {
            String text = clause.meant();
            if (analyzer != null && !tokens(analyzer, text).equals(tokens(analyzers.stemmed(), text))) {
                Query meaning = Expansions.expansionQuery(analyzer, text, 1f, true);
                if (meaning != null) {
                    any.add(meaning, Occur.SHOULD);
                    added++;
                }
            }
        }
        return added == 0 ? presence : any.build();
    }


    private Query highlightQuery(UserQuery query) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        int count = 0;
        for (Clause clause : query.clauses()) {
            if (clause.excluded()) {
                continue;
            }
            for (String text : clause.alternatives()) {
                for (String field : HIGHLIGHTED_FIELDS) {
                    Analyzer analyzer = ENGLISH_FIELDS.contains(field) ? EnglishAnalysis.stemmed() : analyzers.stemmed();
                    List<String> stems = tokens(analyzer, text);
                    if (clause.phrase() && stems.size() > 1) {
                        marks.add(new QueryBuilder(analyzer).createPhraseQuery(field, text), Occur.SHOULD);
                        count++;
                    } else {
                        for (String stem : stems) {
                            if (count < MAX_HIGHLIGHT_TERMS) {
                                marks.add(new TermQuery(new Term(field, stem)), Occur.SHOULD);
                                count++;
                            }
                        }
                    }
                }
            }
        }
        return count == 0 ? null : marks.build();
    }

    private static Query combine(BooleanQuery.Builder words, int wordCount, List<Query> required, List<Query> excluded,
            Query synonyms, Query concepts) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        required.forEach(q -> top.add(q, Occur.MUST));
        excluded.forEach(q -> top.add(q, Occur.MUST_NOT));
        if (wordCount > 0) {
            BooleanQuery.Builder anyWord = new BooleanQuery.Builder().add(words.build(), Occur.SHOULD);
            if (synonyms != null) {
                anyWord.add(synonyms, Occur.SHOULD);
            }
            if (concepts != null) {
                anyWord.add(concepts, Occur.SHOULD);
            }
            top.add(anyWord.build(), Occur.MUST);
        } else if (synonyms != null) {
            top.add(synonyms, Occur.SHOULD);
        }
        return top.build();
    }

    private Query clauseQuery(Clause clause, int[] fuzzyBudget) {
        List<Query> alternatives = new ArrayList<>();
        for (String text : clause.alternatives()) {
            Query q = clause.phrase() ? phraseQuery(text) : wordsQuery(text, !clause.excluded(), fuzzyBudget);
            if (q != null) {
                alternatives.add(q);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        if (alternatives.size() == 1) {
            return alternatives.getFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** A word as typed may hold several tokens ("status:draft", "P3KE-2022"); each must be considered. */
    private Query wordsQuery(String text, boolean fuzzy, int[] fuzzyBudget) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int count = 0;
        for (String token : tokens(analyzers.exact(), text)) {
            if (IndonesianAnalysis.STOP_WORDS.contains(token)) {
                continue;
            }
            all.add(words.scored(words.forms(token, fuzzy && fuzzyBudget[0]-- > 0)), Occur.SHOULD);
            count++;
        }
        if (count == 0) {
            return null;
        }
        BooleanQuery built = all.build();
        return count == 1 ? built.clauses().getFirst().query() : built;
    }

    /** Whether a document contains the clause's word in any form (see {@link WordQueries#addPresence}). */
    private Query presenceQuery(Clause clause) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int count = 0;
        for (String text : clause.alternatives()) {
            for (String token : tokens(analyzers.exact(), text)) {
                if (IndonesianAnalysis.STOP_WORDS.contains(token) || count >= 16) {
                    continue;
                }
                words.addPresence(words.forms(token, true), any);
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        BooleanQuery built = any.build();
        return built.clauses().size() == 1 ? built.clauses().getFirst().query() : built;
    }

    /**
     * A quoted phrase: its words in order, in any of their forms (the phrase field holds stems), stop words keeping
     * their place; one quoted word is that word as written.
     */
    private Query phraseQuery(String text) {
        List<String> tokens = tokens(analyzers.exact(), text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(WORDS_EXACT, tokens.getFirst()));
        }
        return new QueryBuilder(analyzers.stemmed()).createPhraseQuery(PHRASES, text);
    }
}
