package id.lumbung.search.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 everywhere, with k1 scaled for the weighted word fields: their term frequencies and lengths are the field boosts
 * times {@link TextWeight#SCALE}, and scaling k1 by the same factor gives exactly the scores of BM25F over the
 * separate fields with those boosts.
 */
public final class RankingSimilarity extends PerFieldSimilarityWrapper {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    private final Similarity plain = new BM25Similarity(K1, B);
    private final Similarity weighted = new BM25Similarity(K1 * TextWeight.SCALE, B);

    @Override
    public Similarity get(String field) {
        return SearchFields.WORDS.equals(field) || SearchFields.WORDS_EXACT.equals(field) || SearchFields.WORDS_EN.equals(field)
                ? weighted : plain;
    }
}
