package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.Stemmer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * What indexing needs of a word besides its characters, remembered per indexing thread: its UTF-8 bytes and its stem.
 * The stemmer looks at one word at a time, and words follow Zipf's law, so a few thousand words cover most tokens
 * and most tokens need not be stemmed and encoded anew (docs/benchmarks.md, performance diary). A table of its own rather than a map: the look-up
 * takes the token's character buffer as it is, and compares stored hash codes before characters.
 */
final class WordForms {

    /** A word's UTF-8, and its stem as characters and as UTF-8. */
    record Word(byte[] utf8, char[] stem, byte[] stemUtf8) {
    }

    /** Words remembered at most; the table is emptied when it holds this many. */
    private static final int CAPACITY = 1 << 15;
    private static final ThreadLocal<WordForms> PER_THREAD = new ThreadLocal<>();

    private final Stemmer stemmer;
    private int[] hashes = new int[1024];
    private char[][] words = new char[1024][];
    private Word[] forms = new Word[1024];
    private int size;

    private final OneWord input = new OneWord();
    private final TokenStream stemming;
    private final CharTermAttribute stemmed;
    private final TermToBytesRefAttribute stemmedUtf8;

    private WordForms(IndonesianAnalysis analysis) {
        this.stemmer = analysis.stemmer();
        stemming = analysis.stem(input);
        stemmed = stemming.addAttribute(CharTermAttribute.class);
        stemmedUtf8 = stemming.getAttribute(TermToBytesRefAttribute.class);
    }

    /** This thread's table for the stemmer of {@code analysis}. */
    static WordForms forThisThread(IndonesianAnalysis analysis) {
        WordForms table = PER_THREAD.get();
        if (table == null || table.stemmer != analysis.stemmer()) {
            table = new WordForms(analysis);
            PER_THREAD.set(table);
        }
        return table;
    }

    /** The forms of the word in the first {@code length} characters of {@code buffer}. */
    Word of(char[] buffer, int length) {
        int hash = 1;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int mask = forms.length - 1;
        int slot = hash & mask;
        while (forms[slot] != null) {
            if (hashes[slot] == hash && Arrays.equals(words[slot], 0, words[slot].length, buffer, 0, length)) {
                return forms[slot];
            }
            slot = (slot + 1) & mask;
        }
        Word word = analyse(buffer, length);
        if (size == CAPACITY) {
            Arrays.fill(forms, null);
            Arrays.fill(words, null);
            size = 0;
            return word;
        }
        hashes[slot] = hash;
        words[slot] = Arrays.copyOf(buffer, length);
        forms[slot] = word;
        if (++size > forms.length / 4) {
            grow();
        }
        return word;
    }

    /** Doubles the table, which is kept at most a quarter full so that a look-up seldom probes twice. */
    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldWords = words;
        Word[] oldForms = forms;
        hashes = new int[oldForms.length * 2];
        words = new char[oldForms.length * 2][];
        forms = new Word[oldForms.length * 2];
        int mask = forms.length - 1;
        for (int i = 0; i < oldForms.length; i++) {
            if (oldForms[i] != null) {
                int slot = oldHashes[i] & mask;
                while (forms[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                words[slot] = oldWords[i];
                forms[slot] = oldForms[i];
            }
        }
    }

    private Word analyse(char[] buffer, int length) {
        byte[] utf8 = new byte[UnicodeUtil.maxUTF8Length(length)];
        utf8 = Arrays.copyOf(utf8, UnicodeUtil.UTF16toUTF8(buffer, 0, length, utf8));
        input.set(buffer, length);
        try {
            stemming.reset();
            if (!stemming.incrementToken()) {
                throw new IllegalStateException("The stemmer dropped a word");
            }
            BytesRef stemBytes = stemmedUtf8.getBytesRef();
            Word word = new Word(utf8, Arrays.copyOf(stemmed.buffer(), stemmed.length()),
                    Arrays.copyOfRange(stemBytes.bytes, stemBytes.offset, stemBytes.offset + stemBytes.length));
            stemming.end();
            stemming.close();
            return word;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One word as a token stream, for the stemmer. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int length;
        private boolean done;

        void set(char[] buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
