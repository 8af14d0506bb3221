package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.FieldViolation;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service's problem as the messages a form shows: one per field, or one for the whole form ("form"). */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> of(ApiProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : problem.violations()) {
            errors.putIfAbsent(v.field(), v.message());
        }
        if (errors.isEmpty()) {
            errors.put("form", problem.getDetail());
        }
        return errors;
    }
}
