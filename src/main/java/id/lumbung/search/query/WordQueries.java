package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS;
import static id.lumbung.search.index.SearchFields.WORDS_EN;
import static id.lumbung.search.index.SearchFields.WORDS_EXACT;

import id.lumbung.search.analysis.EnglishAnalysis;
import id.lumbung.search.analysis.EnglishLoanwords;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.IndonesianDictionary;
import id.lumbung.search.analysis.IndonesianMorphology;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.analysis.WordFamily;
import id.lumbung.search.query.TextQueryBuilder.WordFrequency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The queries of one word of the user's query, in decreasing strength: the word as written; its stem, together with
 * the stems of its other forms under nasal assimilation and of its Indonesian spellings if it is an English loanword
 * (one pseudo-word: they are the same word); the word in the English versions of the texts; near spellings if the
 * catalogue does not contain it. Every alternative beyond the word itself is kept only if the index contains it, so
 * a guess costs a term look-up and never a wrong match on a word nobody wrote.
 */
final class WordQueries {

    /** The word as written counts more than its stem. */
    static final float EXACT_WEIGHT = 1.3f;
    /** A word the catalogue does not contain is probably misspelt: its near matches count fully. */
    static final float TYPO_WEIGHT = 1.0f;
    private static final float TIE_BREAKER = 0.25f;

    private final QueryAnalyzers analyzers;
    private final WordFrequency frequency;
    private final IndexWords indexWords;
    private final Map<String, Forms> known = new HashMap<>();
    private final Map<String, Forms> withTypos = new HashMap<>();

    WordQueries(QueryAnalyzers analyzers, WordFrequency frequency, IndexWords indexWords) {
        this.analyzers = analyzers;
        this.frequency = frequency;
        this.indexWords = indexWords;
    }

    /** The forms of a word the index is searched with. */
    record Forms(String word, List<String> stems, String englishStem, Query typo) {
    }

    /**
     * The forms of a word, looked up once per query (the scored and the presence query both need them); its near
     * spellings only if {@code fuzzy} (an excluded word has none).
     */
    Forms forms(String word, boolean fuzzy) {
        Forms forms = known.computeIfAbsent(word, w -> new Forms(w, stems(w), englishStem(w), null));
        return fuzzy ? withTypos.computeIfAbsent(word, w -> new Forms(w, forms.stems(), forms.englishStem(), typoQuery(w)))
                : forms;
    }

    int documents() {
        return frequency.documents();
    }

    int documentsWithStem(String stem) {
        return frequency.documentsWith(WORDS, stem);
    }

    /** The scored query of a word: the best of its forms, the others adding a little. */
    Query scored(Forms forms) {
        List<Query> disjuncts = new ArrayList<>();
        disjuncts.add(new BoostQuery(new TermQuery(new Term(WORDS_EXACT, forms.word())), EXACT_WEIGHT));
        Query stems = stemQuery(forms.stems());
        if (stems != null) {
            disjuncts.add(stems);
        }
        if (forms.englishStem() != null) {
            disjuncts.add(new TermQuery(new Term(WORDS_EN, forms.englishStem())));
        }
        if (forms.typo() != null) {
            disjuncts.add(new BoostQuery(forms.typo(), TYPO_WEIGHT));
        }
        return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    /**
     * Whether a document contains the word in any form, unscored: its stems (a text with the word has its stem too; a
     * word with no single stem as written), in English, or a near spelling.
     */
    void addPresence(Forms forms, BooleanQuery.Builder any) {
        if (forms.stems().isEmpty()) {
            any.add(new TermQuery(new Term(WORDS_EXACT, forms.word())), Occur.SHOULD);
        }
        for (String stem : forms.stems()) {
            any.add(new TermQuery(new Term(WORDS, stem)), Occur.SHOULD);
        }
        if (forms.englishStem() != null) {
            any.add(new TermQuery(new Term(WORDS_EN, forms.englishStem())), Occur.SHOULD);
        }
        if (forms.typo() != null) {
            any.add(forms.typo(), Occur.SHOULD);
        }
    }

    private static Query stemQuery(List<String> stems) {
        if (stems.isEmpty()) {
            return null;
        }
        if (stems.size() == 1) {
            return new TermQuery(new Term(WORDS, stems.getFirst()));
        }
        SynonymQuery.Builder same = new SynonymQuery.Builder(WORDS);
        stems.forEach(stem -> same.addTerm(new Term(WORDS, stem)));
        return same.build();
    }

    /**
     * The word's stem, and the stems the index contains of its other forms: under nasal assimilation (memantau, pantau,
     * pemantauan), and, for a word the Indonesian texts do not contain, of its Indonesian spellings as a loanword
     * (participation → partisipasi). Empty when the word has no single stem (it is then looked up as written).
     */
    private List<String> stems(String word) {
        List<String> own = IndonesianAnalysis.tokens(analyzers.stemmed(), word);
        if (own.size() != 1) {
            return List.of();
        }
        Set<String> stems = new LinkedHashSet<>(own);
        Set<String> forms = new LinkedHashSet<>(IndonesianMorphology.nasalVariants(word));
        if (frequency.documentsWith(word) == 0) {
            forms.addAll(EnglishLoanwords.candidates(word));
        }
        for (String form : forms) {
            List<String> stem = IndonesianAnalysis.tokens(analyzers.stemmed(), form);
            if (stem.size() == 1 && !stems.contains(stem.getFirst()) && frequency.documentsWith(WORDS, stem.getFirst()) > 0) {
                stems.add(stem.getFirst());
            }
        }
        addFamilyStems(word, stems);
        return List.copyOf(stems);
    }

    /**
     * The stems of the word's family (see {@link WordFamily}) that the index's words have: a derived form the catalogue
     * contains, stemmed as the index stems it. Region names are no derivations and are left out.
     */
    private void addFamilyStems(String word, Set<String> stems) {
        String root = WordFamily.root(word);
        if (root == null || analyzers.regions().isRegionWord(word)) {
            return;
        }
        Set<String> family = WordFamily.of(root);
        for (String form : family) {
            if (frequency.documentsWith(form) == 0) {
                continue;
            }
            List<String> stem = IndonesianAnalysis.tokens(analyzers.stemmed(), form);
            if (stem.size() == 1 && !isAnotherWrittenRoot(stem.getFirst(), root, family)) {
                stems.add(stem.getFirst());
            }
        }
    }

    /**
     * Whether a family stem is another root that the texts write in a form of its own: "menempatkan" stems to empat
     * (four), and texts write "empat", so it is no form of "tempat". A root whose own forms no text writes only stands
     * for this family's forms and stays: the stemmer cuts "ekonomi" to "ekonom" and "menikah" to "meni", both rare
     * roots, and "menurunkan" to "urun", which stays only while no text writes "urunan" (pooling money).
     */
    private boolean isAnotherWrittenRoot(String stem, String root, Set<String> family) {
        if (stem.equals(root) || !IndonesianDictionary.isRoot(stem)) {
            return false;
        }
        for (String form : WordFamily.of(stem)) {
            if (!family.contains(form) && frequency.documentsWith(form) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word's English stem, if the English versions contain it (an English stop word has none). Every word is looked
     * up in English as well as in Indonesian; the word's clause scores its best form (decision 102).
     */
    private String englishStem(String word) {
        List<String> stems = IndonesianAnalysis.tokens(EnglishAnalysis.stemmed(), word);
        if (stems.size() != 1) {
            return null;
        }
        return frequency.documentsWith(WORDS_EN, stems.getFirst()) == 0 ? null : stems.getFirst();
    }

    /**
     * Near spellings of a word the catalogue does not contain (a typo), within the length's budget. A word the
     * catalogue knows is taken as meant: looking for its neighbours would cost every search and mostly add
     * noise ("data" is not a typo of "dana"); so is a region's name, known or not to the catalogue ("Kalbar").
     */
    private Query typoQuery(String word) {
        int edits = typoEdits(word);
        if (edits == 0 || frequency.documentsWith(word) > 0 || analyzers.regions().isRegionWord(word)) {
            return null;
        }
        return indexWords.nearSpellings(word, edits);
    }

    /** Typo budget by word length (as Meilisearch): none under 5 letters, one up to 8, two beyond. */
    static int typoEdits(String word) {
        int length = word.codePointCount(0, word.length());
        if (length < 5 || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        return length <= 8 ? 1 : 2;
    }
}
