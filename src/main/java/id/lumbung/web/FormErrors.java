package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.FieldViolation;
import io.quarkus.arc.Arc;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's problem as the messages a form shows: one per field, or one for the whole form ("form"), in the
 * language of the page (the services' messages are the API's English).
 */
final class FormErrors {

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

    /** The language of the page being answered (forms are answered within a request). */
    private static String pageLanguage() {
        return Arc.container().requestContext().isActive() ? Arc.container().instance(Visit.class).get().lang() : "id";
    }
}
