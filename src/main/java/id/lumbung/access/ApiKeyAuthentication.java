package id.lumbung.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * {@code X-API-Key} authentication for embedding clients. A valid key becomes an identity with the
 * read-only role {@code api_client}; an unknown or revoked key is a 401, never a silent fall back to
 * anonymous.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-API-Key";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(new ApiKeyRequest(key.strip()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
    }

    /** The key a request presented. */
    public static final class ApiKeyRequest extends BaseAuthenticationRequest {
        final String key;

        ApiKeyRequest(String key) {
            this.key = key;
        }
    }

    /**
     * Checks a presented key: from this node's memory when it verified the key recently (the request stays on the event
     * loop, as an anonymous one does), otherwise against the database on a worker thread.
     */
    @ApplicationScoped
    public static class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

        @Inject
        VerifiedKeys keys;

        @Override
        public Class<ApiKeyRequest> getRequestType() {
            return ApiKeyRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
            VerifiedKeys.Verdict recalled = keys.recall(request.key);
            return recalled != null ? Uni.createFrom().item(() -> identity(recalled))
                    : context.runBlocking(() -> identity(keys.verify(request.key)));
        }

        private static SecurityIdentity identity(VerifiedKeys.Verdict verdict) {
            return verdict.client()
                    .map(client -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal("api-key:" + client.prefix()))
                            .addRole(Roles.API_CLIENT)
                            .addAttribute(ApiClient.ATTRIBUTE, client)
                            .build())
                    .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key"));
        }
    }
}
