package id.lumbung.common;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses query parameters from their raw text, so that a bad value gets a 400 naming the parameter and its
 * allowed values (JAX-RS would answer a failed conversion with a bare 404).
 */
public final class QueryParams {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String written = raw.strip();
        // Integer.parseInt also reads "+1" and digits of other scripts ("१"); a number here is written in ASCII digits.
        if (!WHOLE_NUMBER.matcher(written).matches()) {
            throw ApiProblem.invalidField(name, "must be a whole number");
        }
        try {
            int value = Integer.parseInt(written);
            if (value < min || value > max) {
                throw ApiProblem.invalidField(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField(name, "must be a whole number");
        }
    }

    /** A path's id: blank is as wrong as any other text that is not a number from {@code min} to {@code max}. */
    public static int requiredInteger(String name, String raw, int min, int max) {
        Integer value = integer(name, raw, min, max);
        if (value == null) {
            throw ApiProblem.invalidField(name, "must be a whole number");
        }
        return value;
    }

    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiProblem.invalidField(name, "must be true or false");
        };
    }

    /** The page size: {@code defaultLimit} when absent, else 1 to {@code maxLimit}. */
    public static int limit(String raw, int defaultLimit, int maxLimit) {
        Integer limit = integer("limit", raw, 1, maxLimit);
        return limit == null ? defaultLimit : limit;
    }
}
