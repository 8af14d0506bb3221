package id.lumbung.access;

import id.lumbung.access.ApiKeyService.ApiKeyView;
import id.lumbung.access.ApiKeyService.CreatedKey;
import id.lumbung.common.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** API keys of embedding clients, managed by admins. The secret is in the creation answer only. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ApiKeyInput input) {
        CreatedKey created = keys.create(input, Caller.of(identity));
        return Response.created(URI.create("/api/v1/api-keys/" + created.apiKey().id())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    public List<ApiKeyView> list() {
        return keys.list();
    }

    /** Revokes the key (it stays listed, marked revoked, for the record). */
    @DELETE
    @Path("/{id}")
    public ApiKeyView revoke(@PathParam("id") String id) {
        return keys.revoke(QueryParams.integer("id", id, 1, Integer.MAX_VALUE));
    }
}
