package id.lumbung.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;

/**
 * Bean Validation's 400s (from quarkus-resteasy-problem's mapper, with its {@code violations}) carry the same problem
 * type as Lumbung's own field errors, {@code invalid-field}, so a client tells every kind of refusal by its type.
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
        return HttpProblem.builder(problem).withType(ApiProblem.type("invalid-field")).build();
    }
}
