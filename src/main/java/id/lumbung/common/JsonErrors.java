package id.lumbung.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in plain words what is wrong with a JSON document, naming the field, without Jackson's class names
 * or source excerpts.
 */
public final class JsonErrors {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    private JsonErrors() {
    }

    /** The JSON path of the offending field, e.g. {@code awards[0].year}; null for the document itself. */
    public static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    public static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return "'" + invalid.getValue() + "' is not a valid " + describe(target);
        }
        if (e instanceof StrictJson.UnstorableText unstorable) {
            return unstorable.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getOriginalMessage() != null
                && mismatched.getOriginalMessage().startsWith("Trailing token")) {
            return "there is more after the end of the JSON document";
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "expected " + describe(mismatched.getTargetType());
        }
        if (e instanceof JsonParseException) {
            JsonLocation at = e.getLocation();
            return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
        }
        return "cannot be read: " + e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
    }

    /** Java property path (from Bean Validation) in the API's snake_case: outcomeIndicators[0].name. */
    public static String snakeCasePath(String javaPath) {
        return CAMEL.matcher(javaPath).replaceAll("$1_$2").toLowerCase();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list (JSON array)";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "JSON object";
    }
}
