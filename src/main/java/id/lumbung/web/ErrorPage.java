package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.ProblemPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The page of a problem that reached a page: the database out of reach (503), too many requests (429), not found
 * (404), or anything else, in the visit's language and with the problem's status and headers (Retry-After); and the
 * way to sign in for a staff page asked for without a signed-in staff member.
 */
@RequestScoped
public class ErrorPage implements ProblemPages {

    @Inject
    Visit visit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext page, String kind);
    }

    @Override
    public Response render(ApiProblem problem) {
        int status = problem.getStatusCode();
        String kind = switch (status) {
            case 503 -> "unavailable";
            case 429 -> "too_many";
            case 404 -> "not_found";
            default -> "error";
        };
        Response.ResponseBuilder page = Response.fromResponse(visit.render(Templates.error(visit.context(), kind)))
                .status(status);
        problem.getHeaders().forEach((name, value) -> page.header(name, value));
        return page.header("Cache-Control", "no-store").build();
    }

    @Override
    public Response signIn() {
        return Response.seeOther(URI.create("/masuk")).build();
    }
}
