package id.lumbung.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of an innovation's English texts and of the words of a query looked up in them: standard tokenizer,
 * lower case, possessives, ASCII folding, English stop words, Porter's stemmer (empowering, empowerment → empower).
 */
public final class EnglishAnalysis {

    private static final Analyzer STEMMED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            tokenizer.setMaxTokenLength(64);
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new EnglishPossessiveFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    private EnglishAnalysis() {
    }

    /** Thread-safe: Lucene keeps one set of components per thread. */
    public static Analyzer stemmed() {
        return STEMMED;
    }
}
