package id.lumbung.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.common.ApiProblem.LineError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON body (one JSON object per line) for the imports: blank lines are skipped, and a line that
 * is not a JSON object of the expected shape is reported as a {@link LineError} and kept with a null value,
 * so the caller can go on checking the rest and report every problem of the file at once.
 */
public final class NdjsonLines {

    /** One non-blank line: its number (from 1) and its value, null when it could not be read. */
    public record Line<T>(int number, T value) {
    }

    private NdjsonLines() {
    }

    public static <T> List<Line<T>> read(InputStream ndjson, ObjectMapper mapper, Class<T> type, List<LineError> errors) {
        List<Line<T>> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isBlank()) {
                    lines.add(new Line<>(number, parse(number, text, mapper, type, errors)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
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
