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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** API keys of embedding clients, managed by admins. The secret is in the creation answer only. */
@Tag(name = "Access")
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Create an API key",
            description = "For a site that embeds the search: its allowed origins and its rate limit. The key is "
            + "shown in this answer only. Admins only.")
    @APIResponseSchema(value = CreatedKey.class, responseCode = "201",
            responseDescription = "Created; the key is shown this once")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ApiKeyInput input) {
        CreatedKey created = keys.create(input, Caller.of(identity));
        return Response.created(URI.create("/api/v1/api-keys/" + created.apiKey().id())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @Operation(summary = "List API keys",
            description = "Admins only. Keys are never shown again, only their prefix.")
    @GET
    public List<ApiKeyView> list() {
        return keys.list();
    }

    /** Revokes the key (it stays listed, marked revoked, for the record). */
    @Operation(summary = "Revoke an API key",
            description = "The key stops working on every node within lumbung.access.api-keys.verified-for; it "
            + "stays listed, marked revoked. Admins only.")
    @DELETE
    @Path("/{id}")
    public ApiKeyView revoke(@PathParam("id") String id) {
        return keys.revoke(QueryParams.requiredInteger("id", id, 1, Integer.MAX_VALUE));
    }
}
