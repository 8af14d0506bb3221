package id.lumbung.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in user's own account: changing the password (which ends every session of the account). */
@Path("/api/v1/account")
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class AccountResource {

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    public record PasswordChange(@NotBlank String currentPassword, @NotBlank String password) {
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull PasswordChange input) {
        users.changeOwnPassword(identity.getPrincipal().getName(), input.currentPassword(), input.password());
        return Response.noContent().build();
    }
}
