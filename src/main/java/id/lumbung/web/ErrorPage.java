package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.ProblemPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** The page of a server-side problem (503 when the database is out of reach, 500 otherwise), in the visit's language. */
@RequestScoped
public class ErrorPage implements ProblemPages {

    @Inject
    Visit visit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext page, boolean unavailable);
    }

    @Override
    public Response render(ApiProblem problem) {
        int status = problem.getStatusCode();
        Response.ResponseBuilder page = Response.fromResponse(visit.render(Templates.error(visit.context(), status == 503)))
                .status(status);
        problem.getHeaders().forEach((name, value) -> page.header(name, value));
        return page.header("Cache-Control", "no-store").build();
    }
}
