package id.lumbung.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque position of a keyset page: the sort key of the last item served, base64url-encoded so
 * clients treat it as a token rather than something to build by hand.
 */
public final class Cursor {

    private static final String PREFIX = "v1:";

    private Cursor() {
    }

    public static String encode(String lastKey) {
        byte[] bytes = (PREFIX + lastKey).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return the last key served, or null for the first page */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX) || decoded.chars().anyMatch(c -> c < 0x20 || c == 0xFFFD)) {
                // Keys are printable text; a control character or undecodable bytes were never issued here.
                throw new IllegalArgumentException();
            }
            return decoded.substring(PREFIX.length());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("cursor", "is not a cursor returned by this API");
        }
    }
}
