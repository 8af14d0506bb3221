package id.lumbung.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

/**
 * The Indonesian root words shipped with JSastrawi (about 30 000, from KBBI), and its dictionary-based lemmatizer. A
 * word that is an Indonesian word is taken as meant even where the catalogue does not contain it: "kawan" (friend) is
 * not a slip for the region word "kanan", nor "bantu" (help) for Bantul.
 */
public final class IndonesianDictionary {

    private static final Set<String> ROOT_WORDS = load();
    static final Lemmatizer LEMMATIZER = new DefaultLemmatizer(ROOT_WORDS);

    private IndonesianDictionary() {
    }

    /** Whether a lower-case word is an Indonesian root word or a regular form of one (membantu, pertanian). */
    public static boolean isWord(String word) {
        return ROOT_WORDS.contains(word) || ROOT_WORDS.contains(LEMMATIZER.lemmatize(word));
    }

    /** Whether a lower-case word is itself an Indonesian root word. */
    public static boolean isRoot(String word) {
        return ROOT_WORDS.contains(word);
    }

    /** The word's root when the dictionary knows it (the word itself if it is a root); null otherwise. */
    public static String rootOf(String word) {
        if (ROOT_WORDS.contains(word)) {
            return word;
        }
        String root = LEMMATIZER.lemmatize(word);
        return root != null && ROOT_WORDS.contains(root) ? root : null;
    }

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DefaultLemmatizer.class.getResourceAsStream("/root-words.txt"), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
