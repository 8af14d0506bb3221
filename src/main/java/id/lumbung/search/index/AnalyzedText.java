package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;

/**
 * A text analysed once and replayed into several fields: the stemmed tokens go into the weighted word field and the
 * phrase field, so the text is not analysed once per field (docs/benchmarks.md, performance diary). Holds what indexing reads of a
 * token: its term, offsets and position increment. Each term is kept as characters, for comparing texts, and as the
 * UTF-8 bytes the index writer takes, encoded once rather than once per field.
 */
final class AnalyzedText {

    /** The terms' characters one after the other; term i ends at {@code charEnds[i]}. */
    private char[] chars = new char[128];
    private int[] charEnds = new int[16];
    /** The terms' UTF-8 bytes one after the other; term i ends at {@code byteEnds[i]}. */
    private byte[] bytes = new byte[128];
    private int[] byteEnds = new int[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] increments = new int[16];
    private int size;
    private int finalOffset;
    private int finalIncrement;

    /** A text as written and stemmed; neither is changed after analysis, so documents can share them. */
    record Forms(AnalyzedText exact, AnalyzedText stemmed) {

        /**
         * The text through the exact chain, and its tokens through the configured stemmer: the stemmed chain is the
         * exact chain with the stemmer at its end (see {@link IndonesianAnalysis}), so the text is tokenised once.
         */
        static Forms of(Analyzer exactChain, IndonesianAnalysis analysis, String text) {
            WordForms words = WordForms.forThisThread(analysis);
            AnalyzedText exact = new AnalyzedText();
            AnalyzedText stemmed = new AnalyzedText();
            try (TokenStream stream = exactChain.tokenStream("", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    WordForms.Word word = words.of(term.buffer(), term.length());
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    int positions = increment.getPositionIncrement();
                    exact.add(term.buffer(), term.length(), word.utf8(), start, end, positions);
                    stemmed.add(word.stem(), word.stem().length, word.stemUtf8(), start, end, positions);
                }
                stream.end();
                exact.end(offset.endOffset(), increment.getPositionIncrement());
                stemmed.end(offset.endOffset(), increment.getPositionIncrement());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Forms(exact, stemmed);
        }
    }

    /**
     * A text through any chain, each token encoded on its own: for the few texts outside the Indonesian chains (the
     * English versions), where remembering words per thread would not pay.
     */
    static AnalyzedText of(Analyzer chain, String text) {
        AnalyzedText analyzed = new AnalyzedText();
        try (TokenStream stream = chain.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                byte[] utf8 = term.toString().getBytes(StandardCharsets.UTF_8);
                analyzed.add(term.buffer(), term.length(), utf8, offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement());
            }
            stream.end();
            analyzed.end(offset.endOffset(), increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return analyzed;
    }

    /** Records what the end of the stream reported: the final offset and position increment. */
    private void end(int offset, int increment) {
        finalOffset = offset;
        finalIncrement = increment;
    }

    /** Whether the other text's terms stand, one after the other, among these terms (a text contains itself). */
    boolean containsInOrder(AnalyzedText other) {
        if (other.size == 0) {
            return true;
        }
        for (int start = 0; start + other.size <= size; start++) {
            int matched = 0;
            while (matched < other.size && sameTerm(start + matched, other, matched)) {
                matched++;
            }
            if (matched == other.size) {
                return true;
            }
        }
        return false;
    }

    private boolean sameTerm(int index, AnalyzedText other, int otherIndex) {
        return Arrays.equals(chars, charStart(index), charEnds[index],
                other.chars, other.charStart(otherIndex), other.charEnds[otherIndex]);
    }

    private int charStart(int index) {
        return index == 0 ? 0 : charEnds[index - 1];
    }

    private int byteStart(int index) {
        return index == 0 ? 0 : byteEnds[index - 1];
    }

    /** Adds a token whose term is the first {@code charLength} of the characters, and the bytes in UTF-8. */
    private void add(char[] termChars, int charLength, byte[] utf8, int start, int end, int increment) {
        if (size == starts.length) {
            int capacity = size * 2;
            charEnds = Arrays.copyOf(charEnds, capacity);
            byteEnds = Arrays.copyOf(byteEnds, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            increments = Arrays.copyOf(increments, capacity);
        }
        int charStart = charStart(size);
        if (charStart + charLength > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charStart + charLength));
        }
        System.arraycopy(termChars, 0, chars, charStart, charLength);
        charEnds[size] = charStart + charLength;
        int byteStart = byteStart(size);
        if (byteStart + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteStart + utf8.length));
        }
        System.arraycopy(utf8, 0, bytes, byteStart, utf8.length);
        byteEnds[size] = byteStart + utf8.length;
        starts[size] = start;
        ends[size] = end;
        increments[size] = increment;
        size++;
    }

    /**
     * A field that indexes these tokens, each occurrence with the given term frequency (1, or a text's weight in a
     * field without positions). The indexing chain hands each field the stream it used for the previous value of the
     * same field name, and the field replays its tokens through that stream, sparing a new stream per value (its
     * attributes, and the chain looking them up again).
     */
    Field field(String name, IndexableFieldType type, int frequency) {
        return new Field(name, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Replay replay = reuse instanceof Replay previous ? previous : new Replay();
                replay.start(AnalyzedText.this, frequency);
                return replay;
            }
        };
    }

    /**
     * Replays the tokens with their terms as UTF-8 bytes, for the index writer, which reads nothing else of a term.
     * The term frequency is the same for every token of a value.
     */
    private static final class Replay extends TokenStream {
        private final BytesTermAttribute term;
        private final OffsetAttribute offset;
        private final PositionIncrementAttribute increment;
        private final TermFrequencyAttribute termFrequency;
        private final BytesRef bytes = new BytesRef();
        private AnalyzedText source;
        private int frequency = 1;
        private int next;

        /**
         * One attribute object per attribute: the default token factory's packed attribute would also answer for the
         * term's bytes, with its empty characters.
         */
        Replay() {
            super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
            term = addAttribute(BytesTermAttribute.class);
            offset = addAttribute(OffsetAttribute.class);
            increment = addAttribute(PositionIncrementAttribute.class);
            termFrequency = addAttribute(TermFrequencyAttribute.class);
        }

        void start(AnalyzedText text, int frequency) {
            source = text;
            bytes.bytes = text.bytes;
            this.frequency = frequency;
        }

        @Override
        public boolean incrementToken() {
            if (next == source.size) {
                return false;
            }
            // Every attribute a replay has is set here or, the same for every token, at reset: no need to clear them.
            bytes.offset = source.byteStart(next);
            bytes.length = source.byteEnds[next] - bytes.offset;
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
            // Ending a stream clears its attributes, the term's reference to the bytes too.
            term.setBytesRef(bytes);
            termFrequency.setTermFrequency(frequency);
            next = 0;
        }
    }
}
