package id.lumbung.access;

import id.lumbung.access.UserService.UserView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Tag(name = "Access")
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    public record NewUser(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "must be 3-100 of a-z, 0-9, '.', '_', '-'") String username,
            @NotBlank String password,
            @NotBlank String role) {
    }

    @Operation(summary = "List users",
            description = "Admins only.")
    @GET
    public List<UserView> list() {
        return users.list();
    }

    @Operation(summary = "Create a user",
            description = "A curator, reviewer or admin with a password of at least 12 characters that does not "
            + "contain the user name. Admins only.")
    @APIResponseSchema(value = UserView.class, responseCode = "201",
            responseDescription = "Created")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewUser input) {
        UserView created = users.create(input.username(), input.password(), input.role());
        return Response.created(URI.create("/api/v1/users/" + created.username())).entity(created).build();
    }

    /** Body of a password change by an admin. */
    public record NewPassword(@NotBlank String password) {
    }

    /** Disables the account: it can no longer sign in, and its sessions end on every node. */
    @Operation(summary = "Disable a user",
            description = "The account can no longer sign in, and its sessions end on every node. Admins only.")
    @POST
    @Path("/{username}/disable")
    public UserView disable(@PathParam("username") String username) {
        return users.setDisabled(username, true, identity.getPrincipal().getName());
    }

    @Operation(summary = "Enable a user",
            description = "Admins only.")
    @POST
    @Path("/{username}/enable")
    public UserView enable(@PathParam("username") String username) {
        return users.setDisabled(username, false, identity.getPrincipal().getName());
    }

    /** Sets the account's password; its sessions end on every node. */
    @Operation(summary = "Set a user's password",
            description = "Its sessions end on every node. Admins only.")
    @APIResponse(responseCode = "204", description = "Changed")
    @PUT
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@PathParam("username") String username, @Valid @NotNull NewPassword input) {
        users.changePassword(username, input.password());
        return Response.noContent().build();
    }

    @Operation(summary = "Delete a user",
            description = "Admins only; an admin cannot delete their own account.")
    @DELETE
    @Path("/{username}")
    public void delete(@PathParam("username") String username) {
        users.delete(username, identity.getPrincipal().getName());
    }
}
