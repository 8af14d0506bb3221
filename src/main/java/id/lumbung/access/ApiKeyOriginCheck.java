package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A key sent from a web page must come from an origin registered on that key, so a key copied out of one
 * site's page does not work on another's. Server-to-server calls send no Origin and are not affected.
 */
@ApplicationScoped
public class ApiKeyOriginCheck {

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        ApiClient client = ApiClient.of(identity);
        String origin = request.getHeaderString("Origin");
        if (client != null && origin != null && !client.allowedOrigins().contains(origin)) {
            throw ApiProblem.forbidden("The origin " + origin + " is not registered on this API key");
        }
    }
}
