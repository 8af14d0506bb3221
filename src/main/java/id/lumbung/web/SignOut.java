package id.lumbung.web;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Signing out drops the session cookie of form authentication (a POST with a CSRF token, like every form). */
@Path("/keluar")
public class SignOut {

    static final String SESSION_COOKIE = "lumbung-sesi";

    @POST
    public Response signOut() {
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).build()).build();
    }
}
