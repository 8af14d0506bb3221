package id.lumbung.search.query;

import id.lumbung.search.query.SearchRequest.SearchSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The position after the last hit of a page, in one of three orders:
 * <ul>
 * <li>{@code r1}, ranked: inside the window of a relevance search that the full query ranks (its score and the
 * slug);</li>
 * <li>{@code w1}, recall order: past that window, where pages go on in the order the window was chosen in (the
 * recall score, then the document number);</li>
 * <li>{@code s1}, sort order: the sort values of the last hit (sort value, score, slug — slug is unique), for
 * the other sorts and for searches without words.</li>
 * </ul>
 * Recall-order positions name a document number, which a merge of index segments may change: a page taken after
 * the index changed can repeat or skip hits tied on the score at the position (as the scores themselves move
 * when the catalogue changes).
 */
final class SearchCursor {

    private SearchCursor() {
    }

    enum Kind {
        RANKED, RECALL, SORTED
    }

    /** A decoded cursor; which fields are set depends on the kind. */
    record Position(Kind kind, float score, String slug, ScoreDoc recallAfter, FieldDoc sortAfter) {
    }

    static String ranked(float score, String slug) {
        return encode("r1|relevance|" + Float.floatToIntBits(score) + "|" + slug);
    }

    static String recallOrder(ScoreDoc last) {
        return encode("w1|relevance|" + Float.floatToIntBits(last.score) + "|" + last.doc);
    }

    static String sortOrder(SearchSort sort, FieldDoc last) {
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
            return switch (parts[0]) {
                case "r1" -> ranked(parts);
                case "w1" -> recall(parts);
                case "s1" -> sorted(parts, SearchService.sort(sort).getSort());
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new InvalidCursorException();
        }
    }

    private static Position ranked(String[] parts) {
        if (parts.length != 4) {
            throw new IllegalArgumentException();
        }
        return new Position(Kind.RANKED, finite(Float.intBitsToFloat(Integer.parseInt(parts[2]))), parts[3], null, null);
    }

    private static Position recall(String[] parts) {
        if (parts.length != 4) {
            throw new IllegalArgumentException();
        }
        int doc = Integer.parseInt(parts[3]);
        if (doc < 0) {
            throw new IllegalArgumentException();
        }
        return new Position(Kind.RECALL, 0f, null, new ScoreDoc(doc, finite(Float.intBitsToFloat(Integer.parseInt(parts[2])))), null);
    }

    /** Scores this service writes are finite; NaN or infinity can only come from a crafted cursor. */
    private static float finite(float score) {
        if (!Float.isFinite(score)) {
            throw new IllegalArgumentException();
        }
        return score;
    }

    /** The sort values of a sorted cursor: exactly one per sort field, each of the field's type. */
    private static Position sorted(String[] parts, SortField[] sortFields) {
        if (parts.length - 2 != sortFields.length) {
            throw new IllegalArgumentException();
        }
        Object[] fields = new Object[sortFields.length];
        for (int i = 0; i < sortFields.length; i++) {
            String part = parts[i + 2];
            char expected = switch (sortFields[i].getType()) {
                case STRING -> 's';
                case SCORE -> 'f';
                case LONG -> 'l';
                default -> throw new IllegalStateException("no cursor encoding for " + sortFields[i]);
            };
            if (part.isEmpty() || part.charAt(0) != expected) {
                throw new IllegalArgumentException();
            }
            fields[i] = switch (expected) {
                case 's' -> new BytesRef(part.substring(1));
                case 'f' -> finite(Float.intBitsToFloat(Integer.parseInt(part.substring(1))));
                default -> Long.parseLong(part.substring(1));
            };
        }
        // Integer.MAX_VALUE: the last hit itself (equal sort values) is not repeated.
        return new Position(Kind.SORTED, 0f, null, null, new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
