package id.lumbung.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.lumbung.common.ApiProblem.FieldViolation;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable request bodies: 400 problem+json that names the field and says what is wrong, instead of the
 * generic "Bad Request". Registered ahead of quarkus-resteasy-problem's own Jackson mappers.
 */
public class JsonProblemMapper {

    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response unknownField(UnrecognizedPropertyException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidFormat(InvalidFormatException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedInput(MismatchedInputException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(JsonParseException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unreadable(JsonProcessingException e) {
        return toResponse(e);
    }

    /** Quarkus REST wraps some body-reading failures in a 400 WebApplicationException; unwrap those. */
    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return toResponse(json);
            }
        }
        Response original = e.getResponse();
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(original.getStatus())
                .withTitle(original.getStatusInfo().getReasonPhrase())
                .withDetail(e.getMessage());
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.withHeader(name, value));
            }
        });
        return problem.build().toResponse();
    }

    static Response toResponse(JsonProcessingException e) {
        return problem(e).toResponse();
    }

    /** The 400 that says what is wrong with a JSON document, naming the field when there is one. */
    static ApiProblem problem(JsonProcessingException e) {
        String field = JsonErrors.field(e);
        String message = JsonErrors.message(e);
        return field == null
                ? ApiProblem.badRequest("The request body is not valid: " + message)
                : ApiProblem.invalidFields(List.of(new FieldViolation(field, message)));
    }
}
