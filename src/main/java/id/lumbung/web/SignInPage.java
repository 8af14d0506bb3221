package id.lumbung.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff sign in with Quarkus form authentication (the form posts to /j_security_check; the session is an
 * encrypted cookie).
 */
@Path("/masuk")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @Inject
    Visit visit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(PageContext page, boolean failed);
    }

    @GET
    public Response signIn(@QueryParam("gagal") String failed) {
        return visit.render(Templates.signIn(visit.context(), failed != null));
    }
}
