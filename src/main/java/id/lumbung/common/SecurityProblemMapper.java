package id.lumbung.common;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 problem+json with the Basic challenge (on a page path, the way to sign in, or the error page when credentials
 * were refused), and the project's 403. Replaces quarkus-resteasy-problem's security mappers, which are built against
 * an older Quarkus security API and fail on this Quarkus version.
 */
public class SecurityProblemMapper {

    private static final int FIRST = 1;

    @Inject
    Instance<ProblemPages> pages;

    @Inject
    Instance<RouteProblemPages> routePages;

    /**
     * A staff operation without credentials: the API answers the Basic challenge; a page (the staff pages are
     * {@code @RolesAllowed} as the API is) sends the visitor to sign in.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response unauthorized(UnauthorizedException e, RoutingContext routing) {
        if (pages.isResolvable() && ProblemPages.isPage(routing)) {
            return pages.get().signIn();
        }
        return ApiProblem.unauthorized("This operation needs the credentials of a Lumbung user (HTTP Basic)").toResponse();
    }

    /** Credentials that were sent and refused: the challenge, as a page on a page path. */
    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, RoutingContext routing) {
        return refused(ApiProblem.unauthorized("The username or password is not correct"), routing);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationCompletion(AuthenticationCompletionException e, RoutingContext routing) {
        return refused(ApiProblem.unauthorized("The credentials could not be verified"), routing);
    }

    /**
     * The page is the route handlers' error page, for an anonymous visitor: the identity these credentials failed to
     * give cannot be asked for again on the I/O thread this mapper runs on.
     */
    private Response refused(ApiProblem problem, RoutingContext routing) {
        if (!routePages.isResolvable() || !ProblemPages.isPage(routing)) {
            return problem.toResponse();
        }
        Response.ResponseBuilder page = Response.status(problem.getStatusCode())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(routePages.get().html(problem, routing.request()));
        problem.getHeaders().forEach(page::header);
        return page.build();
    }

    /** A role that may not do this (@RolesAllowed): the project's 403, a page on a page path. */
    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, RoutingContext routing) {
        return ProblemPageMapper.answer(ApiProblem.forbidden("Your role may not do this; a reviewer or an admin may"),
                routing, pages);
    }
}
