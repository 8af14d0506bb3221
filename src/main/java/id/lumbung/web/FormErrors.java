package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.FieldViolation;
import io.quarkus.arc.Arc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's problem as the messages a form shows: one per field, or one for the whole form ("form"), in the
 * language of the page (the services' messages are the API's English).
 */
final class FormErrors {

    /** The curator form's names for the API's repeatable groups and region fields. */
    private static final Map<String, String> INNOVATION_GROUPS = Map.of("outcome_indicators", "indicator",
            "replication_kit.prerequisites", "prerequisite", "replication_kit.steps", "step",
            "replication_kit.documents", "document", "contacts", "contact", "awards", "award", "evidence_sources", "source",
            "aliases", "alias", "region_code", "region", "region_name", "region");

    private FormErrors() {
    }

    static Map<String, String> of(ApiProblem problem) {
        String lang = pageLanguage();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : problem.violations()) {
            errors.putIfAbsent(v.field(), ValidationText.of(v.message(), lang));
        }
        if (errors.isEmpty()) {
            errors.put("form", ValidationText.of(problem.getDetail(), lang));
        }
        return errors;
    }

    /**
     * The form field (or group) an API field path names, and the row it points at: {@code contacts[1].email} is the
     * group {@code contact}, row 2; {@code public_contact.email} is {@code pc_email}.
     */
    private static Map.Entry<String, Integer> formKey(String apiPath, Map<String, String> apiGroups) {
        Matcher indexed = Pattern.compile("([a-z_.]+?)\\[(\\d+)].*").matcher(apiPath);
        String path = indexed.matches() ? indexed.group(1) : apiPath;
        Integer row = indexed.matches() ? Integer.parseInt(indexed.group(2)) : null;
        String key = apiGroups.get(path);
        if (key == null) {
            key = path.startsWith("public_contact.") ? "pc_" + path.substring("public_contact.".length()) : path;
        }
        return new java.util.AbstractMap.SimpleImmutableEntry<>(key, row);
    }

    /** API field errors keyed by the curator form's fields, row numbers in front of the messages of repeatable rows. */
    static Map<String, String> byFormField(Map<String, String> apiErrors, String lang) {
        return byFormField(apiErrors, INNOVATION_GROUPS, lang);
    }

    /** As {@link #byFormField(Map, String)}, with a form's own names for API paths. */
    static Map<String, String> byFormField(Map<String, String> apiErrors, Map<String, String> apiGroups, String lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        apiErrors.forEach((path, message) -> {
            Map.Entry<String, Integer> key = formKey(path, apiGroups);
            errors.putIfAbsent(key.getKey(), key.getValue() == null ? message
                    : rowPrefix(key.getValue(), lang) + message);
        });
        return errors;
    }

    /** "baris 2: " in front of a message about a repeatable row (index 1). */
    static String rowPrefix(int index, String lang) {
        return ("en".equals(lang) ? "row " : "baris ") + (index + 1) + ": ";
    }

    /** The language of the page being answered (forms are answered within a request). */
    private static String pageLanguage() {
        return Arc.container().requestContext().isActive() ? Arc.container().instance(Visit.class).get().lang() : "id";
    }
}
