package id.lumbung.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>An instance holds the stemmer that index and queries share (from {@code lumbung.search.stemmer}); it is injected
 * as a bean, so no bean depends on another having set it first. The unstemmed chains need no stemmer and are static.
 */
public final class IndonesianAnalysis {

    public static final CharArraySet STOP_WORDS = IndonesianAnalyzer.getDefaultStopSet();

    private final Stemmer stemmer;

    public IndonesianAnalysis(Stemmer stemmer) {
        this.stemmer = Objects.requireNonNull(stemmer);
    }

    /** The stemmer of the stemmed chains (see {@link Stemmer}); the index records it. */
    public Stemmer stemmer() {
        return stemmer;
    }

    /** Stemmed, for recall across morphology (pemberdayaan, memberdayakan, berdaya). */
    public Analyzer stemmed() {
        return chain(null, stemmer);
    }

    /** Unstemmed, so a query that uses the document's own words ranks it first. */
    public static Analyzer exact() {
        return chain(null, null);
    }

    /** This stemmer over tokens of the exact chain: together, the stemmed chain. */
    public TokenStream stem(TokenStream exactTokens) {
        return stemmer.apply(exactTokens);
    }

    /** The chain used to read synonym rules: everything before the synonym step. */
    public static Analyzer ruleReader() {
        return chain(null, null);
    }

    /**
     * A query chain that expands with the given synonyms, after bringing each word to the form the rules write it in
     * (see {@link RuleWordFilter}); stemmed with {@code stemmer} unless it is null.
     */
    static Analyzer query(SynonymRules.Built rules, Stemmer stemmer) {
        return chain(rules, stemmer);
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

    /** The chain, ending with {@code stemmer} unless it is null. */
    private static Analyzer chain(SynonymRules.Built rules, Stemmer stemmer) {
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
                if (stemmer != null) {
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
