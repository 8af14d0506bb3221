package id.lumbung.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The staff session cookie of the pages. A live session becomes the user's identity; an ended, expired or unknown one
 * is anonymous and its cookie is cleared. When PostgreSQL cannot be reached a reading request goes on anonymous (the
 * public pages still answer), a writing one fails with 503.
 */
@ApplicationScoped
public class StaffSessionAuthentication implements HttpAuthenticationMechanism {

    @Inject
    ClientAddress clientAddress;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(StaffSessions.COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        boolean reading = context.request().method() == HttpMethod.GET || context.request().method() == HttpMethod.HEAD;
        return identities.authenticate(new SessionRequest(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class).recoverWithUni(() -> {
                    context.response().addCookie(cleared(clientAddress.isHttps(context.request())));
                    return Uni.createFrom().nullItem();
                })
                .onFailure(failure -> reading).recoverWithNull();
    }

    /** The cookie of a new session: HttpOnly, SameSite=Strict, Secure whenever the client came over HTTPS. */
    public static Cookie cookie(String token, boolean https) {
        return Cookie.cookie(StaffSessions.COOKIE, token).setPath("/").setHttpOnly(true).setSecure(https)
                .setSameSite(CookieSameSite.STRICT);
    }

    /** The same cookie, emptied and expired (signing out, or a session that no longer exists). */
    public static Cookie cleared(boolean https) {
        return cookie("", https).setMaxAge(0);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, StaffSessions.COOKIE));
    }

    /** The session token a request presented. */
    public static final class SessionRequest extends BaseAuthenticationRequest {
        final String token;

        SessionRequest(String token) {
            this.token = token;
        }
    }

    /** Looks a session up in PostgreSQL (off the event loop). */
    @ApplicationScoped
    public static class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

        @Inject
        StaffSessions sessions;

        @Override
        public Class<SessionRequest> getRequestType() {
            return SessionRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> sessions.resolve(request.token)
                    .map(user -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(user.username()))
                            .addRole(user.role())
                            .build())
                    .orElseThrow(() -> new AuthenticationFailedException("No live session for this cookie")));
        }
    }
}
