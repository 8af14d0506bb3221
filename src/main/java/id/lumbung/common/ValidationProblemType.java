package id.lumbung.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation's 400s (from quarkus-resteasy-problem's mapper, with its {@code violations}) carry the same problem
 * type as Lumbung's own field errors, {@code invalid-field}, so a client tells every kind of refusal by its type, and
 * a {@code detail} that names each field and what is wrong with it.
 * Registered by being a bean; {@code @Startup} makes it one before the first request.
 */
@ApplicationScoped
@Startup
public class ValidationProblemType implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(context.cause instanceof ConstraintViolationException) || problem.getType() != null) {
            return problem;
        }
        HttpProblem.Builder typed = HttpProblem.builder(problem).withType(ApiProblem.type("invalid-field"));
        if (problem.getDetail() == null && problem.getParameters().get("violations") instanceof List<?> violations
                && !violations.isEmpty()) {
            // The detail says what is wrong in words, as Lumbung's own field errors do ("province: must be ...").
            typed.withDetail(violations.stream().map(ValidationProblemType::described).collect(Collectors.joining("; ")));
        }
        return typed.build();
    }

    private static String described(Object violation) {
        return violation instanceof Violation v ? v.field + ": " + v.message : String.valueOf(violation);
    }
}
