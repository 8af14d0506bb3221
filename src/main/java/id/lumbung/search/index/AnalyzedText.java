package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * A text analysed once and replayed into several fields: the stemmed tokens go into the weighted word field and the
 * phrase field, and analysing the text once per field was a quarter of indexing. Holds what indexing reads of a
 * token: its text, offsets and position increment. Its stemmed twin is made from it by the stemmer alone.
 */
final class AnalyzedText {

    private String[] terms = new String[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] increments = new int[16];
    private int size;
    private int finalOffset;
    private int finalIncrement;

    /** A text as written and stemmed; neither is changed after analysis, so documents can share them. */
    record Forms(AnalyzedText exact, AnalyzedText stemmed) {

        static Forms of(Analyzer exactChain, String text) {
            AnalyzedText exact = AnalyzedText.of(exactChain, text);
            return new Forms(exact, exact.stemmed());
        }
    }

    static AnalyzedText of(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            return read(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These tokens through the configured stemmer. The stemmed chain is the exact chain with the stemmer at its end
     * (see {@link IndonesianAnalysis}), so the exact tokens are stemmed instead of tokenising the text a second time.
     */
    AnalyzedText stemmed() {
        StemmingChain chain = STEMMING.get();
        if (chain == null || chain.stemmer() != IndonesianAnalysis.stemmer()) {
            Replay replay = new Replay();
            chain = new StemmingChain(IndonesianAnalysis.stemmer(), replay, IndonesianAnalysis.stem(replay));
            STEMMING.set(chain);
        }
        chain.replay().source = this;
        try (TokenStream stream = chain.stream()) {
            return read(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A replay with the stemmer after it, one per indexing thread (a token stream is not for several threads). */
    private record StemmingChain(Stemmer stemmer, Replay replay, TokenStream stream) {
    }

    private static final ThreadLocal<StemmingChain> STEMMING = new ThreadLocal<>();

    private static AnalyzedText read(TokenStream stream) throws IOException {
        AnalyzedText analyzed = new AnalyzedText();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            analyzed.add(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
        }
        stream.end();
        analyzed.finalOffset = offset.endOffset();
        analyzed.finalIncrement = increment.getPositionIncrement();
        return analyzed;
    }

    /** Whether the other text's terms stand, one after the other, among these terms (a text contains itself). */
    boolean containsInOrder(AnalyzedText other) {
        if (other.size == 0) {
            return true;
        }
        for (int start = 0; start + other.size <= size; start++) {
            int matched = 0;
            while (matched < other.size && terms[start + matched].equals(other.terms[matched])) {
                matched++;
            }
            if (matched == other.size) {
                return true;
            }
        }
        return false;
    }

    private void add(String term, int start, int end, int increment) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            increments = Arrays.copyOf(increments, size * 2);
        }
        terms[size] = term;
        starts[size] = start;
        ends[size] = end;
        increments[size] = increment;
        size++;
    }

    /**
     * A field that indexes these tokens, each occurrence with the given term frequency (1, or a text's weight in a
     * field without positions). The indexing chain hands each field the stream it used for the previous value of the
     * same field name, and the field replays its tokens through that stream: a new stream per value (its attributes,
     * and the chain looking them up again) cost a tenth of indexing.
     */
    Field field(String name, IndexableFieldType type, int frequency) {
        return new Field(name, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Replay replay = reuse instanceof Replay previous ? previous : new Replay();
                replay.source = AnalyzedText.this;
                replay.frequency = frequency;
                return replay;
            }
        };
    }

    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final TermFrequencyAttribute termFrequency = addAttribute(TermFrequencyAttribute.class);
        private AnalyzedText source;
        private int frequency = 1;
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == source.size) {
                return false;
            }
            // Every attribute a replay has is set here or, the same for every token, at reset: no need to clear them.
            term.setEmpty().append(source.terms[next]);
            offset.setOffset(source.starts[next], source.ends[next]);
            increment.setPositionIncrement(source.increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(source.finalOffset, source.finalOffset);
            increment.setPositionIncrement(source.finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            termFrequency.setTermFrequency(frequency);
            next = 0;
        }
    }
}
