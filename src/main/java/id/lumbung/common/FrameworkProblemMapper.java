package id.lumbung.common;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The framework's own refusals (no resource at the path, a method or media type the resource does not take, a form over
 * the field limit) as the project's problems: a {@code type}, a plain detail without framework internals, and a page
 * for a page path whose client accepts HTML.
 */
public class FrameworkProblemMapper {

    /** The Accept header as the client sent it, where the pages rewrote one they could not read (decision 225). */
    public static final String SENT_ACCEPT = "lumbung.sent-accept";
    private static final Logger LOG = Logger.getLogger(FrameworkProblemMapper.class);
    private static final int FIRST = 1;
    /** What Quarkus REST's form parser throws, as a plain RuntimeException, past quarkus.http.limits.max-parameters. */
    private static final String FORM_FIELD_LIMIT = "Param limit of ";
    /** What its URL-encoded form reader throws, as an IllegalArgumentException, for a malformed percent escape. */
    private static final String FORM_DECODING = "Failed to decode URL ";
    /** What its multipart reader throws, as an IOException, for a body that ends or breaks before its last boundary. */
    private static final String MULTIPART_PARSING = "parsing multipart request";

    @Inject
    Instance<ProblemPages> pages;

    @ConfigProperty(name = "quarkus.http.limits.max-parameters", defaultValue = "1000")
    int maxFormFields;

    @ServerExceptionMapper(priority = FIRST)
    public Response notFound(NotFoundException e, RoutingContext routing) {
        RouteProblems.labelForMetrics();
        return ProblemPageMapper.answer(ApiProblem.noResource(), routing, pages);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notAllowed(NotAllowedException e, RoutingContext routing) {
        RouteProblems.labelForMetrics();
        String allowed = String.join(", ", e.getResponse().getAllowedMethods().stream().sorted().toList());
        return ProblemPageMapper.answer(ApiProblem.methodNotAllowed(routing.request().method().name(), allowed), routing,
                pages);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notAcceptable(NotAcceptableException e, RoutingContext routing) {
        String sent = routing.get(SENT_ACCEPT);
        return ProblemPageMapper.answer(ApiProblem.notAcceptable(sent != null ? sent : header(routing, HttpHeaders.ACCEPT)),
                routing, pages);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notSupported(NotSupportedException e, RoutingContext routing) {
        return ProblemPageMapper.answer(ApiProblem.unsupportedMediaType(header(routing, HttpHeaders.CONTENT_TYPE)),
                routing, pages);
    }

    /**
     * Unmapped runtime failures. The form parser's field limit is the client's doing (413); anything else is ours: logged
     * with its stack trace, answered 500 without internals.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(RuntimeException e, RoutingContext routing) {
        if (e.getClass() == RuntimeException.class && e.getMessage() != null && e.getMessage().startsWith(FORM_FIELD_LIMIT)) {
            return ProblemPageMapper.answer(ApiProblem.tooManyFields(maxFormFields), routing, pages);
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(FORM_DECODING)) {
            return ProblemPageMapper.answer(ApiProblem.invalidForm("a malformed percent escape"), routing, pages);
        }
        return failure(e, routing);
    }

    /**
     * A multipart body the client broke off or garbled (Quarkus REST's multipart parser) is the client's doing; any
     * other I/O failure while serving is ours.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response io(IOException e, RoutingContext routing) {
        if (e.getMessage() != null && e.getMessage().contains(MULTIPART_PARSING)) {
            return ProblemPageMapper.answer(ApiProblem.invalidForm("a broken multipart body"), routing, pages);
        }
        return failure(e, routing);
    }

    /** Ours: logged with its stack trace, answered 500 without internals. */
    private Response failure(Exception e, RoutingContext routing) {
        LOG.errorf(e, "Unexpected failure of %s %s", routing.request().method(), routing.request().path());
        return ProblemPageMapper.answer(ApiProblem.internalError(), routing, pages);
    }

    private static String header(RoutingContext routing, String name) {
        String value = routing.request().getHeader(name);
        return value == null ? "" : value.strip();
    }
}
