package id.lumbung.web;

import id.lumbung.access.ClientAddress;
import id.lumbung.access.StaffSessionAuthentication;
import id.lumbung.access.StaffSessions;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signing out ends the session on the server (a copied cookie stops working on every node) and drops the cookie; a POST
 * with a CSRF token, like every form.
 */
@Path("/keluar")
public class SignOut {

    @Inject
    StaffSessions sessions;

    @Inject
    ClientAddress clientAddress;

    @POST
    public Response signOut(HttpServerRequest request, HttpServerResponse response) {
        Cookie cookie = request.getCookie(StaffSessions.COOKIE);
        if (cookie != null) {
            sessions.end(cookie.getValue());
        }
        response.addCookie(StaffSessionAuthentication.cleared(clientAddress.isHttps(request)));
        return Response.seeOther(URI.create("/")).build();
    }
}
