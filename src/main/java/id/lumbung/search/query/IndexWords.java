package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS_EXACT;

import id.lumbung.search.analysis.Edits;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Look-ups in the words the texts write (as written, not stemmed) for a word no text writes: its nearest spelling. It
 * reads at most {@link #MAX_CANDIDATES} near words, so an odd query on a large index costs a bounded amount.
 */
final class IndexWords {

    static final int MAX_CANDIDATES = 1000;

    private final IndexReader reader;

    IndexWords(IndexReader reader) {
        this.reader = reader;
    }

    /** The word within {@code edits} of {@code word} (first letter kept) with the fewest edits, then the most documents. */
    String nearest(String word, int edits) {
        try {
            Terms terms = MultiTerms.getTerms(reader, WORDS_EXACT);
            if (terms == null) {
                return null;
            }
            FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(WORDS_EXACT, word), edits, 1, true);
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
