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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meanings of the acronyms a text writes in capitals, from the curated domain synonyms and glossary ("KDRT" →
 * "kekerasan dalam rumah tangga"), for the index. The query side already reads an acronym the user types in full;
 * this is the other way round: a text that writes only "KDRT" or "KUR" is found by a query in words ("kekerasan
 * terhadap perempuan", "kredit usaha"). Only a word written in capitals is read as an acronym, so an ordinary word
 * that a rule also lists ("stunting", "balita") adds nothing, and a meaning the text already writes is not added.
 */
public final class AcronymMeanings {

    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\\b");
    private static final Map<String, List<String>> MEANINGS = meanings();
    /** Changes when the curated files do, so that an index built with other meanings is rebuilt. */
    public static final String VERSION = version();

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
        String lowerCase = all.toString().toLowerCase(Locale.ROOT);
        Matcher acronyms = CAPITALS.matcher(all);
        while (acronyms.find()) {
            for (String meaning : MEANINGS.getOrDefault(acronyms.group().toLowerCase(Locale.ROOT), List.of())) {
                if (!lowerCase.contains(meaning)) {
                    meanings.add(meaning);
                }
            }
        }
        return List.copyOf(meanings);
    }

    /** Each one-word term of an equivalence rule with the rule's terms of several words. */
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

    private static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MEANINGS.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
