package id.lumbung.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable parts of a preference header (Accept and its kin) that the framework would refuse whole: each part
 * with its quality written as the grammar wants it, the parts that still cannot be read left out (decision 225).
 */
final class PreferenceParts {

    private static final Pattern QUALITY = Pattern.compile(";\\s*q\\s*=\\s*([^;]*)", Pattern.CASE_INSENSITIVE);
    /** A quality as clients write it, loosely: {@code 1}, {@code 0.8}, {@code .2}, {@code 2.}; never an exponent. */
    private static final Pattern LOOSE_QUALITY = Pattern.compile("\\d{1,3}(\\.\\d{0,6})?|\\.\\d{1,6}");

    private PreferenceParts() {
    }

    /**
     * The parts of {@code header} that {@code readable} accepts once repaired, joined with ", "; empty when none is.
     * {@code mediaRanges} says the header is Accept, where a lone {@code *} means {@code *}{@code /*}.
     */
    static String readable(String header, boolean mediaRanges, Predicate<String> readable) {
        List<String> kept = new ArrayList<>();
        for (String part : split(header)) {
            String repaired = repaired(part.strip(), mediaRanges);
            if (repaired != null && readable.test(repaired)) {
                kept.add(repaired);
            }
        }
        return String.join(", ", kept);
    }

    /** The part with a lone {@code *} widened and its quality rewritten; null when its quality cannot be read. */
    static String repaired(String part, boolean mediaRange) {
        if (part.isEmpty()) {
            return null;
        }
        String value = part;
        if (mediaRange && (value.equals("*") || value.startsWith("*;") || value.startsWith("* "))) {
            value = "*/*" + value.substring(1);
        }
        Matcher quality = QUALITY.matcher(value);
        if (!quality.find()) {
            return value;
        }
        String written = quality.group(1).strip();
        if (!LOOSE_QUALITY.matcher(written).matches()) {
            return null;
        }
        return value.substring(0, quality.start()) + ";q=" + thousandths(Double.parseDouble(written))
                + value.substring(quality.end());
    }

    /** A quality in 0–1 with at most three decimals; a positive one stays positive (0 would mean "not acceptable"). */
    private static String thousandths(double q) {
        long rounded = Math.round(Math.min(q, 1) * 1000);
        if (q > 0 && rounded == 0) {
            rounded = 1;
        }
        return BigDecimal.valueOf(rounded, 3).stripTrailingZeros().toPlainString();
    }

    /** The comma-separated parts of a header; a comma inside a quoted parameter value does not separate. */
    static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < header.length()) {
                part.append(c);
                c = header.charAt(++i);
            } else if (c == ',' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }
}
