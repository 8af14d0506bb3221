package id.lumbung.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.common.ApiProblem.LineError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON body (one JSON object per line) for the imports: blank lines are skipped, and a line that is not a
 * JSON object of the expected shape is reported as a {@link LineError}, so one answer lists the problems of the file.
 * Memory stays bounded whatever the file holds: reading stops after the first {@link #MAX_ERRORS} problems (the file is
 * refused anyway, and the answer says where reading stopped), and a line longer than {@link #MAX_LINE_CHARS} is a
 * problem of its own, skipped without being held.
 */
public final class NdjsonLines {

    /** Problems after which reading stops. */
    public static final int MAX_ERRORS = 100;
    /** What the UTF-8 reader puts in place of bytes that are not UTF-8. */
    private static final String NOT_UTF8 = "\uFFFD";
    /** Longest line read (the longest valid record is far shorter). */
    static final int MAX_LINE_CHARS = 1 << 20;

    /** One non-blank line: its number (from 1) and its value. */
    public record Line<T>(int number, T value) {
    }

    /** Checks one parsed line, adding its problems to the list. */
    @FunctionalInterface
    public interface LineCheck<T> {
        void check(int number, T value, List<LineError> errors);
    }

    /**
     * The lines read; {@code stoppedAt} is the line at which reading stopped after {@link #MAX_ERRORS} problems, 0 when
     * the whole file was read.
     */
    public record Reading<T>(List<Line<T>> lines, List<LineError> errors, int stoppedAt) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** The 422 for a file with problems: the problems found, and where reading stopped if it did. */
        public ApiProblem problem() {
            String detail = stoppedAt > 0
                    ? "More than " + MAX_ERRORS + " problems; reading stopped at line " + stoppedAt + " and the first "
                            + errors.size() + " are listed. Nothing was imported"
                    : errors.size() + " problem(s) in the file; nothing was imported";
            return ApiProblem.unprocessable(detail, errors);
        }
    }

    private NdjsonLines() {
    }

    /** Reads and checks every line; a line whose JSON cannot be read, or that the check finds fault with, is left out. */
    public static <T> Reading<T> read(InputStream ndjson, ObjectMapper mapper, Class<T> type, LineCheck<T> check) {
        List<Line<T>> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        try (Reader input = new InputStreamReader(ndjson, StandardCharsets.UTF_8)) {
            LineReader reader = new LineReader(input);
            StringBuilder text = new StringBuilder();
            int number = 0;
            while (reader.next(text)) {
                number++;
                if (errors.size() >= MAX_ERRORS) {
                    return new Reading<>(lines, errors, number);
                }
                if (text.length() > MAX_LINE_CHARS) {
                    errors.add(new LineError(number, null, "the line is longer than " + MAX_LINE_CHARS + " characters"));
                } else if (text.indexOf(NOT_UTF8) >= 0) {
                    // The reader marks bytes that are not UTF-8 so; stored, they would be "�" for good.
                    errors.add(new LineError(number, null, "is not valid UTF-8 text (or holds U+FFFD, the mark such bytes "
                            + "leave); save the file as UTF-8"));
                } else if (!text.isEmpty() && !text.toString().isBlank()) {
                    T value = parse(number, text.toString(), mapper, type, errors);
                    if (value != null) {
                        int before = errors.size();
                        check.check(number, value, errors);
                        if (errors.size() == before) {
                            lines.add(new Line<>(number, value));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reading<>(lines, errors.subList(0, Math.min(errors.size(), MAX_ERRORS)), 0);
    }

    /**
     * Lines of a reader, scanned a buffer at a time (reading character by character took a lock per character: 5 % of
     * an import's CPU).
     */
    static final class LineReader {

        private final Reader in;
        private final char[] buffer = new char[8192];
        private int position;
        private int end;

        LineReader(Reader in) {
            this.in = in;
        }

        /**
         * Reads the next line into {@code text} (without its line break); of a line longer than the limit only the
         * limit and one character are kept, the rest is skipped. False at the end of the input.
         */
        boolean next(StringBuilder text) throws IOException {
            text.setLength(0);
            boolean any = false;
            while (true) {
                if (position == end) {
                    end = Math.max(0, in.read(buffer, 0, buffer.length));
                    position = 0;
                    if (end == 0) {
                        return any && stripCarriageReturn(text);
                    }
                }
                any = true;
                int start = position;
                while (position < end && buffer[position] != '\n') {
                    position++;
                }
                int room = MAX_LINE_CHARS + 1 - text.length();
                if (room > 0) {
                    text.append(buffer, start, Math.min(position - start, room));
                }
                if (position < end) {
                    position++; // the line break
                    return stripCarriageReturn(text);
                }
            }
        }

        private static boolean stripCarriageReturn(StringBuilder text) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
                text.setLength(text.length() - 1);
            }
            return true;
        }
    }

    private static <T> T parse(int number, String text, ObjectMapper mapper, Class<T> type, List<LineError> errors) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                errors.add(new LineError(number, null, "a line must be a JSON object, not null"));
            }
            return value;
        } catch (JsonProcessingException e) {
            errors.add(new LineError(number, JsonErrors.field(e), JsonErrors.message(e)));
            return null;
        }
    }
}
