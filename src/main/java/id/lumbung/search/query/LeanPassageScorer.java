package id.lumbung.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's distinct terms), found without a hash of the terms: Lucene's own
 * builds one per passage scored, 32 KB each, and those were most of the garbage a search made. A passage holds a
 * few matches, which a scan compares quickly; one with many more is scored by Lucene's way.
 */
final class LeanPassageScorer extends PassageScorer {

    private static final int MAX_SCANNED_MATCHES = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        if (matches > MAX_SCANNED_MATCHES) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] frequenciesInDocument = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            // Summed in the order the terms first occur, as Lucene's hash numbers them.
            score += tf(inPassage, passage.getLength()) * weight(contentLength, frequenciesInDocument[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int j = 0; j < index; j++) {
            if (terms[j].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
