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

/** The sign-in page: the form posts to /j_security_check ({@link SignIn}) with its CSRF token. */
@Path("/masuk")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @Inject
    Visit visit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(PageContext page, boolean failed, long lockedSeconds);
    }

    @GET
    public Response signIn(@QueryParam("gagal") String failed) {
        return visit.render(Templates.signIn(visit.context(), failed != null, 0));
    }

    /** The page again, 429, when the user name has no attempts left for now. */
    Response locked(long retryAfterSeconds) {
        return Response.fromResponse(visit.render(Templates.signIn(visit.context(), false, retryAfterSeconds)))
                .status(429).header("Retry-After", Long.toString(retryAfterSeconds)).build();
    }
}
