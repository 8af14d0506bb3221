package id.lumbung.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The Indonesian stemmers compared on the development set (docs/benchmarks.md): Lucene's rule-based
 * stemmer (Tala) and the dictionary-based Sastrawi (JSastrawi). Index and queries must use the same one;
 * the index records which, and is rebuilt when it changes.
 */
public enum Stemmer {

    /** Lucene's IndonesianStemFilter, inflectional and derivational affixes. */
    lucene {
        @Override
        TokenStream apply(TokenStream in) {
            return new IndonesianStemFilter(in, true);
        }
    },

    /** JSastrawi: removes affixes only while the result is not yet a root word of its dictionary. */
    sastrawi {
        @Override
        TokenStream apply(TokenStream in) {
            return new SastrawiFilter(in);
        }
    };

    abstract TokenStream apply(TokenStream in);

    private static final class SastrawiFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        SastrawiFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword() && term.length() > 3) {
                String root = IndonesianDictionary.LEMMATIZER.lemmatize(term.toString());
                if (root != null && !root.isEmpty()) {
                    term.setEmpty().append(root);
                }
            }
            return true;
        }
    }
}
