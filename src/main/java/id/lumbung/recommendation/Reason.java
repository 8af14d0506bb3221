package id.lumbung.recommendation;

import java.util.Map;

/**
 * One reason an innovation fits a region, as data: {@code code} says which kind (need, similar_regions,
 * proven, penerapan, awards, same_province, terhenti) and {@code params} holds its figures, so the pages can
 * word it in either language ({@link ReasonText}).
 */
public record Reason(String code, Map<String, Object> params) {
}
