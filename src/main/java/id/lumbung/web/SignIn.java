package id.lumbung.web;

import id.lumbung.access.ClientAddress;
import id.lumbung.access.LoginThrottle;
import id.lumbung.access.Roles;
import id.lumbung.access.StaffSessionAuthentication;
import id.lumbung.access.StaffSessions;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in form's target. Like every form it needs its CSRF token (quarkus-rest-csrf); the user name's attempts are
 * counted before the password is checked ({@link LoginThrottle}); a right password opens a server-side session
 * ({@link StaffSessions}) whose cookie is HttpOnly, SameSite=Strict and Secure over HTTPS. Signing in also drops the
 * form-token cookie, so the signed-in pages get a new token: one planted in the browser before sign-in (by a
 * neighbouring subdomain, or over plain HTTP) is worth nothing afterwards.
 */
@Path("/j_security_check")
public class SignIn {

    @Inject
    IdentityProviderManager identities;

    @Inject
    LoginThrottle throttle;

    @Inject
    StaffSessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SignInPage page;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String formTokenCookie;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("j_username") String username, @FormParam("j_password") String password,
            HttpServerRequest request, HttpServerResponse response, RoutingContext routing) {
        if (username == null || username.isBlank() || username.length() > 100 || password == null || password.isEmpty()
                || password.length() > 200) {
            return failed();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!LoginThrottle.isPossibleUsername(name)) {
            return failed();
        }
        LoginThrottle.Attempt attempt = throttle.attempt(name);
        if (!attempt.allowed()) {
            return page.locked(attempt.retryAfterSeconds());
        }
        SecurityIdentity identity;
        try {
            identity = identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(name,
                    new PasswordCredential(password.toCharArray())));
        } catch (AuthenticationFailedException e) {
            throttle.failed();
            return failed();
        }
        if (!(identity.hasRole(Roles.CURATOR) || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMIN))) {
            return failed();
        }
        throttle.succeeded(name);
        boolean https = clientAddress.isHttps(request);
        response.addCookie(StaffSessionAuthentication.cookie(sessions.open(identity.getPrincipal().getName()), https));
        // quarkus-rest-csrf renews its cookie after the response filters; at the end of the headers an expired one
        // takes its place.
        routing.addHeadersEndHandler(ignored -> response.addCookie(
                Cookie.cookie(formTokenCookie, "").setPath("/").setHttpOnly(true).setSecure(https).setMaxAge(0)));
        return Response.seeOther(URI.create("/kurator")).build();
    }

    private static Response failed() {
        return Response.seeOther(URI.create("/masuk?gagal=1")).build();
    }
}
