package id.lumbung.search.query;

import id.lumbung.common.ApiProblem;
import id.lumbung.search.query.SearchRequest.SearchSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The position after the last hit of a page. Either a position in the ranked window of a relevance search
 * (the full query's score and the slug), or the sort values of the last hit in index order (sort value, score,
 * slug — slug is unique), for other sorts and for relevance pages past the ranked window.
 */
final class SearchCursor {

    private SearchCursor() {
    }

    /** A decoded cursor: {@code rescored} positions use score and slug, the others {@code after}. */
    record Position(boolean rescored, float score, String slug, FieldDoc after) {
    }

    static String ranked(float score, String slug) {
        return encode("r1|relevance|" + Float.floatToIntBits(score) + "|" + slug);
    }

    static String indexOrder(SearchSort sort, FieldDoc last) {
        StringBuilder out = new StringBuilder("s1|").append(sort.name());
        for (Object value : last.fields) {
            out.append('|');
            if (value instanceof BytesRef bytes) {
                out.append('s').append(bytes.utf8ToString());
            } else if (value instanceof Float f) {
                out.append('f').append(Float.floatToIntBits(f));
            } else if (value instanceof Long l) {
                out.append('l').append(l);
            } else {
                out.append('n');
            }
        }
        return encode(out.toString());
    }

    static Position decode(SearchSort sort, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length < 3 || !parts[1].equals(sort.name())) {
                throw new IllegalArgumentException();
            }
            if (parts[0].equals("r1") && parts.length == 4) {
                return new Position(true, Float.intBitsToFloat(Integer.parseInt(parts[2])), parts[3], null);
            }
            if (!parts[0].equals("s1")) {
                throw new IllegalArgumentException();
            }
            Object[] fields = new Object[parts.length - 2];
            for (int i = 2; i < parts.length; i++) {
                String part = parts[i];
                fields[i - 2] = switch (part.charAt(0)) {
                    case 's' -> new BytesRef(part.substring(1));
                    case 'f' -> Float.intBitsToFloat(Integer.parseInt(part.substring(1)));
                    case 'l' -> Long.parseLong(part.substring(1));
                    default -> throw new IllegalArgumentException();
                };
            }
            // Integer.MAX_VALUE: the last hit itself (equal sort values) is not repeated.
            return new Position(false, 0f, null, new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields));
        } catch (RuntimeException e) {
            throw ApiProblem.invalidField("cursor", "is not a cursor of this search and sort");
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
