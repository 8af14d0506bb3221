package id.lumbung.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's validation messages, which are English (API clients read them), in the page's language: the pages
 * show one language at a time. Indonesian wordings are in {@code i18n/validation_id.txt}.
 */
final class ValidationText {

    static final String UNKNOWN_ID = "Isian ini belum benar; periksa lagi.";
    private static final List<Rule> INDONESIAN = load("/i18n/validation_id.txt");

    private record Rule(Pattern message, String indonesian) {
    }

    private ValidationText() {
    }

    static String of(String message, String lang) {
        if (message == null || "en".equals(lang)) {
            return message;
        }
        for (Rule rule : INDONESIAN) {
            Matcher matcher = rule.message().matcher(message.strip());
            if (matcher.matches()) {
                return matcher.replaceFirst(rule.indonesian());
            }
        }
        return UNKNOWN_ID;
    }

    private static List<Rule> load(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                ValidationText.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(" => ", 2))
                    .map(parts -> new Rule(Pattern.compile(parts[0].strip()), parts[1].strip())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
