package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.PHRASES;
import static id.lumbung.search.index.SearchFields.WORDS;

import id.lumbung.search.analysis.IndonesianAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The expansions of a query by the domain synonyms and the concept thesaurus: for ranking, multi-word alternatives as
 * phrases; for recall, only what the expansion adds to the user's own words, flattened so Lucene can skip on it.
 */
final class Expansions {

    private Expansions() {
    }

    /**
     * An expansion of the query by synonyms or concepts, for ranking (a multi-word synonym as a phrase) and for
     * recall (as all of its words: cheaper, it only has to find and count candidates).
     */
    record Expansion(Query ranking, Query recall) {
        static final Expansion NONE = new Expansion(null, null);
    }

    /** The expansion of an analyzer that inserts synonyms; {@link Expansion#NONE} when it adds nothing. */
    static Expansion of(Analyzer analyzer, String text, List<String> stems, float weight) {
        if (analyzer == null || IndonesianAnalysis.tokens(analyzer, text).equals(stems)) {
            return Expansion.NONE;
        }
        Query recall = onlyAdded(expansionQuery(analyzer, text, weight, false), new HashSet<>(stems));
        return new Expansion(expansionQuery(analyzer, text, weight, true), recall);
    }

    /**
     * The part of a recall expansion that adds to the user's own words: their stems are already looked up by
     * the word clauses, and reading the same long postings list twice would double the cost of common words.
     */
    private static Query onlyAdded(Query expansion, Set<String> ownStems) {
        if (!(expansion instanceof BoostQuery boosted)) {
            return expansion;
        }
        List<Query> added = new ArrayList<>();
        addAlternatives(boosted.getQuery(), ownStems, added);
        if (added.isEmpty()) {
            return null;
        }
        // The boost on each alternative rather than on their disjunction: the same scores, and Lucene then flattens
        // them into the query's one disjunction of words, where block-max WAND (MaxScore) skips on each of them. A
        // boosted disjunction stays one nested clause whose every document is scored.
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        added.forEach(q -> any.add(new BoostQuery(q, boosted.getBoost()), Occur.SHOULD));
        return any.build();
    }

    /**
     * Collects the alternatives of an expansion that can find documents the user's own words do not: nested
     * disjunctions (the synonyms of one position) are taken apart, the user's own stems dropped, and so is a
     * conjunction of the user's own words alone ("satu pintu" inside "pelayanan satu pintu"), which only matches
     * documents they already match.
     */
    private static void addAlternatives(Query q, Set<String> ownStems, List<Query> added) {
        if (q instanceof BooleanQuery bool && isPureDisjunction(bool)) {
            bool.clauses().forEach(clause -> addAlternatives(clause.query(), ownStems, added));
            return;
        }
        if (q instanceof BooleanQuery bool && onlyOwnWords(bool, ownStems)) {
            return;
        }
        Query rest = withoutOwn(q, ownStems);
        if (rest != null) {
            added.add(rest);
        }
    }

    private static boolean isPureDisjunction(BooleanQuery bool) {
        return bool.getMinimumNumberShouldMatch() == 0 && bool.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
    }

    private static boolean onlyOwnWords(BooleanQuery conjunction, Set<String> ownStems) {
        return conjunction.clauses().stream().allMatch(c -> c.occur() == Occur.MUST && c.query() instanceof TermQuery term
                && ownStems.contains(term.getTerm().text()));
    }

    private static Query withoutOwn(Query q, Set<String> ownStems) {
        if (q instanceof TermQuery term) {
            return ownStems.contains(term.getTerm().text()) ? null : q;
        }
        if (q instanceof SynonymQuery synonyms) {
            List<Term> others = synonyms.getTerms().stream().filter(t -> !ownStems.contains(t.text())).distinct().toList();
            if (others.isEmpty()) {
                return null;
            }
            if (others.size() == 1) {
                return new TermQuery(others.getFirst());
            }
            SynonymQuery.Builder rest = new SynonymQuery.Builder(WORDS);
            others.forEach(rest::addTerm);
            return rest.build();
        }
        return q;
    }

    static Query expansionQuery(Analyzer analyzer, String text, float weight, boolean phrases) {
        QueryBuilder builder = new ExpansionQueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(phrases);
        Query q = builder.createBooleanQuery(WORDS, text, Occur.SHOULD);
        return q == null ? null : new BoostQuery(q, weight);
    }

    /**
     * Single words of an expansion on the weighted words, its multi-word alternatives as phrases on the phrase field.
     * Rules are written without stop words ("rumah layak huni"), and the phrase field keeps a stop word's place
     * ("rumah tidak layak huni"), so a phrase may stretch over up to two left-out words.
     */
    private static final class ExpansionQueryBuilder extends QueryBuilder {

        private static final int STOP_WORD_SLOP = 2;

        ExpansionQueryBuilder(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
            return super.analyzePhrase(PHRASES, stream, Math.max(slop, STOP_WORD_SLOP));
        }
    }
}
