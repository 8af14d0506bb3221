package id.lumbung.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published innovations for cluster and fault tests, each findable by a made-up word of its own (its token) and the
 * word of its batch. Tokens are letters only and end in a consonant no Indonesian suffix rule strips.
 */
public final class TestEntries {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestEntries() {
    }

    /** A word no real text contains: "qx", letters for the number, "z". */
    public static String word(long number) {
        StringBuilder letters = new StringBuilder("qx");
        long n = number;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return letters.append('z').toString();
    }

    /**
     * A new token: random letters, so that two tokens are never within the two edits the search forgives as a typo
     * (a search for a token nothing contains yet would otherwise find a neighbour's).
     */
    public static String newToken() {
        StringBuilder token = new StringBuilder("qx");
        for (int i = 0; i < 9; i++) {
            token.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return token.append('z').toString();
    }

    /** The JSON body of one published innovation findable by {@code token}. */
    public static Map<String, Object> innovation(String token) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", "uji-" + token);
        fields.put("name", "Inovasi " + token);
        fields.put("region_code", "33.14");
        fields.put("level", "kabupaten");
        fields.put("themes", List.of("kemiskinan"));
        fields.put("summary", "Program uji " + token + " untuk penanggulangan kemiskinan berbasis data desa.");
        fields.put("status", "published");
        return fields;
    }

    /** An NDJSON import of {@code count} published innovations, all findable by {@code batch}. */
    public static String ndjson(String batch, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Map<String, Object> line = innovation(batch + word(i));
            line.put("summary", line.get("summary") + " Bagian dari impor " + batch + ".");
            try {
                lines.append(Http.JSON.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines.toString();
    }

    public static String slug(String token) {
        return "uji-" + token;
    }
}
