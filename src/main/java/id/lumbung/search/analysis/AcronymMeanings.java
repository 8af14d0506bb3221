package id.lumbung.search.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The meanings of the acronyms a text writes in capitals, from the curated domain synonyms and glossary ("KDRT" →
 * "kekerasan dalam rumah tangga"), for the index. The query side already reads an acronym the user types in full;
 * this is the other way round: a text that writes only "KDRT" or "KUR" is found by a query in words ("kekerasan
 * terhadap perempuan", "kredit usaha"). Only a word written in capitals, and not in a title written in capitals, is
 * read as an acronym, so an ordinary word that a rule also lists ("stunting", "balita") adds nothing; and a meaning the
 * text already writes is not added.
 */
public final class AcronymMeanings {

    private static final Map<String, List<String>> MEANINGS = meanings();
    /** Changes when the curated files do, so that an index built with other meanings is rebuilt. */
    public static final String VERSION = version(MEANINGS);

    private AcronymMeanings() {
    }

    /** The meanings of the capitalised acronyms of the texts that the texts do not already write; empty for none. */
    public static List<String> of(String... texts) {
        Set<String> meanings = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                all.append(text).append('\n');
            }
        }
        String lowerCase = null; // only for a text with an acronym the rules know: most texts have none
        for (String acronym : acronyms(all)) {
            for (String meaning : MEANINGS.getOrDefault(acronym.toLowerCase(Locale.ROOT), List.of())) {
                lowerCase = lowerCase == null ? all.toString().toLowerCase(Locale.ROOT) : lowerCase;
                if (!lowerCase.contains(meaning)) {
                    meanings.add(meaning);
                }
            }
        }
        return List.copyOf(meanings);
    }

    /**
     * The words written in capitals (two letters at least, digits allowed), less those of a title or phrase written in
     * capitals for emphasis: a run of such words, apart only by spaces, that holds an Indonesian word ("GERAKAN CEGAH
     * STUNTING"). A run of acronyms alone ("TP PKK") is kept, and punctuation ends a run ("KDRT, TP PKK").
     */
    static List<String> acronyms(CharSequence text) {
        List<String> acronyms = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            boolean spacesOnly = true;
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                spacesOnly &= Character.isWhitespace(text.charAt(i));
                i++;
            }
            if (!spacesOnly || i == length) {
                endRun(run, acronyms);
            }
            int start = i;
            int letters = 0;
            boolean lowerCase = false;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                char c = text.charAt(i++);
                letters += Character.isLetter(c) ? 1 : 0;
                lowerCase |= Character.isLowerCase(c);
            }
            if (i > start && letters >= 2 && !lowerCase) {
                run.add(text.subSequence(start, i).toString());
            } else if (i > start) {
                endRun(run, acronyms);
            }
        }
        endRun(run, acronyms);
        return acronyms;
    }

    private static void endRun(List<String> run, List<String> acronyms) {
        boolean emphasis = run.size() > 1 && run.stream().anyMatch(w -> IndonesianDictionary.isWord(w.toLowerCase(Locale.ROOT)));
        if (!emphasis) {
            acronyms.addAll(run);
        }
        run.clear();
    }

    /**
     * Each one-word term of an equivalence rule with the rule's terms of several words. Sorted, so that the version
     * computed from it is the same on every node and every start.
     */
    private static Map<String, List<String>> meanings() {
        Map<String, List<String>> meanings = new TreeMap<>();
        for (String line : curatedLines()) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#") || rule.contains("=>")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<String> phrases = new ArrayList<>();
            for (String term : rule.split(",")) {
                String t = term.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    (t.contains(" ") ? phrases : words).add(t);
                }
            }
            for (String word : words) {
                meanings.computeIfAbsent(word, w -> new ArrayList<>()).addAll(phrases);
            }
        }
        meanings.values().removeIf(List::isEmpty);
        return meanings;
    }

    private static List<String> curatedLines() {
        List<String> lines = new ArrayList<>(SearchVocabulary.resourceLines(SearchVocabulary.DOMAIN_FILE));
        lines.addAll(SearchVocabulary.resourceLines(SearchVocabulary.GLOSSARY_FILE));
        return lines;
    }

    /** A short hash of the meanings. */
    static String version(Map<String, List<String>> meanings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(meanings.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
