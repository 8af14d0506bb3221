package id.lumbung.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains of Lucene's Indonesian support. Every chain starts the same way (standard tokenizer,
 * lower case, ASCII folding, Indonesian stop words); the stemmed chains end with the configured Indonesian
 * stemmer, the exact chains keep the word as written. Query chains may insert synonyms before
 * stemming, so rules are written in plain surface forms.
 */
public final class IndonesianAnalysis {

    public static final CharArraySet STOP_WORDS = IndonesianAnalyzer.getDefaultStopSet();

    /** The stemmer of the stemmed chains, set from lumbung.search.stemmer at start (see {@link Stemmer}). */
    private static volatile Stemmer stemmer = Stemmer.lucene;

    public static void useStemmer(Stemmer chosen) {
        stemmer = chosen;
    }

    public static Stemmer stemmer() {
        return stemmer;
    }

    private IndonesianAnalysis() {
    }

    /** Stemmed, for recall across morphology (pemberdayaan, memberdayakan, berdaya). */
    public static Analyzer stemmed() {
        return chain(null, true);
    }

    /** Unstemmed, so a query that uses the document's own words ranks it first. */
    public static Analyzer exact() {
        return chain(null, false);
    }

    /** The configured stemmer over tokens of the exact chain: together, the stemmed chain. */
    public static TokenStream stem(TokenStream exactTokens) {
        return stemmer.apply(exactTokens);
    }

    /** The chain used to read synonym rules: everything before the synonym step. */
    public static Analyzer ruleReader() {
        return chain(null, false);
    }

    /**
     * A query chain that expands with the given synonyms, after bringing each word to the form the rules write it in
     * (see {@link RuleWordFilter}).
     */
    static Analyzer query(SynonymRules.Built rules, boolean stem) {
        return chain(rules, stem);
    }

    /** The terms an analyzer makes of a text, in order. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static Analyzer chain(SynonymRules.Built rules, boolean stem) {
        SynonymMap synonyms = rules == null ? null : rules.map();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                tokenizer.setMaxTokenLength(64);
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new EnglishPossessiveFilter(stream); // "women's" → "women", for English queries
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                if (synonyms != null && synonyms.fst != null) {
                    stream = new RuleWordFilter(stream, rules.words());
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                if (stem) {
                    stream = stemmer.apply(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
