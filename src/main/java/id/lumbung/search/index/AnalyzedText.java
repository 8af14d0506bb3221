package id.lumbung.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once and replayed into several fields: a value goes into its own field and into a catch-all
 * field with the same analysis, and analysing it twice was a quarter of indexing. Holds what indexing reads of a
 * token: its text, offsets and position increment.
 */
final class AnalyzedText {

    private String[] terms = new String[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] increments = new int[16];
    private int size;
    private int finalOffset;
    private int finalIncrement;

    static AnalyzedText of(Analyzer analyzer, String text) {
        AnalyzedText analyzed = new AnalyzedText();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return analyzed;
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

    /** A fresh stream of the tokens, for one field. */
    TokenStream tokens() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            offset.setOffset(starts[next], ends[next]);
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
