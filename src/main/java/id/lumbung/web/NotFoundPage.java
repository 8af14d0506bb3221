package id.lumbung.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** The 404 page of the pages (the API answers problem+json instead). */
@RequestScoped
public class NotFoundPage {

    @Inject
    Visit visit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(PageContext page);
    }

    public Response render() {
        return Response.fromResponse(visit.render(Templates.notFound(visit.context()))).status(404).build();
    }
}
