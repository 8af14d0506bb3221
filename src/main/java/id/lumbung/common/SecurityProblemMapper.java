package id.lumbung.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 problem+json with the Basic challenge. Replaces quarkus-resteasy-problem's security mappers, which are
 * built against an older Quarkus security API and fail on this Quarkus version.
 */
public class SecurityProblemMapper {

    private static final int FIRST = 1;
    static final String CHALLENGE = "Basic realm=\"Lumbung\", charset=\"UTF-8\"";

    @Inject
    Instance<ProblemPages> pages;

    /**
     * A staff operation without credentials: the API answers the Basic challenge; a page (the staff pages are
     * {@code @RolesAllowed} as the API is) sends the visitor to sign in.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response unauthorized(UnauthorizedException e, RoutingContext routing) {
        if (pages.isResolvable() && ProblemPages.isPage(routing)) {
            return pages.get().signIn();
        }
        return challenge("This operation needs the credentials of a Lumbung user (HTTP Basic)");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("The username or password is not correct");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationCompletion(AuthenticationCompletionException e) {
        return challenge("The credentials could not be verified");
    }

    /** A role that may not do this (@RolesAllowed): the project's 403, a page on a page path. */
    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, RoutingContext routing) {
        return ProblemPageMapper.answer(ApiProblem.forbidden("Your role may not do this; a reviewer or an admin may"),
                routing, pages);
    }

    private static Response challenge(String detail) {
        return HttpProblem.builder()
                .withType(ApiProblem.type("unauthorized"))
                .withStatus(401)
                .withTitle("Unauthorized")
                .withDetail(detail)
                .withHeader("WWW-Authenticate", CHALLENGE)
                .build()
                .toResponse();
    }
}
