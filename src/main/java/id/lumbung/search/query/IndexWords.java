package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS_EXACT;

import id.lumbung.search.analysis.Edits;
import id.lumbung.search.query.TextQueryBuilder.WordFrequency;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Look-ups in the words the texts write (as written, not stemmed) for a word no text writes: the two words it may be
 * without its space, its nearest spelling (reading at most {@link #MAX_CANDIDATES} near words, so an odd query on a
 * large index costs a bounded amount), and its near spellings as a query.
 */
final class IndexWords {

    static final int MAX_CANDIDATES = 1000;
    /** The shortest part of a word written without a space that is looked for. */
    static final int MIN_PART = 3;

    private final IndexReader reader;

    IndexWords(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * The word within {@code edits} of {@code word} with the fewest edits, then the most documents: one that keeps the
     * first letter if there is one (most slips are not in the first letter), else any.
     */
    String nearest(String word, int edits) {
        String keepingFirst = nearest(word, edits, 1);
        return keepingFirst != null ? keepingFirst : nearest(word, edits, 0);
    }

    /**
     * The near spellings of a word as a query: its ten nearest words, scored by their similarity and blended rarity
     * (Lucene's {@link FuzzyQuery}), resolved to those terms once. A search runs its query in several passes, and each
     * pass rewriting a fuzzy query built its Levenshtein automata again (docs/benchmarks.md, "Spelling look-ups").
     * Valid for this reader only; null when the index has no near word.
     */
    Query nearSpellings(String word, int edits) {
        try {
            FuzzyQuery fuzzy = new FuzzyQuery(new Term(WORDS_EXACT, word), edits, 1, 10, true);
            Query near = new IndexSearcher(reader).rewrite(fuzzy);
            return near instanceof MatchNoDocsQuery ? null : near;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The two words a word is, written without the space between them ("bedahrumah"), each of at least
     * {@link #MIN_PART} letters and written by the texts; of several ways to split it, the one whose rarer part most
     * documents contain. Null when there is none.
     */
    String split(String word, WordFrequency frequency) {
        String best = null;
        int documents = 0;
        for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
            String first = word.substring(0, at);
            String second = word.substring(at);
            int both = Math.min(frequency.documentsWith(first), frequency.documentsWith(second));
            if (both > documents) {
                best = first + " " + second;
                documents = both;
            }
        }
        return best;
    }

    private String nearest(String word, int edits, int keptLetters) {
        try {
            Terms terms = MultiTerms.getTerms(reader, WORDS_EXACT);
            if (terms == null) {
                return null;
            }
            FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(WORDS_EXACT, word), edits, keptLetters, true);
            String nearest = null;
            int fewest = edits + 1;
            int documents = 0;
            int seen = 0;
            for (BytesRef term = near.next(); term != null && seen < MAX_CANDIDATES; term = near.next(), seen++) {
                String candidate = term.utf8ToString();
                int distance = Edits.distance(word, candidate, edits);
                int with = near.docFreq();
                if (distance < fewest || (distance == fewest && with > documents)) {
                    nearest = candidate;
                    fewest = distance;
                    documents = with;
                }
            }
            return nearest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
