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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in user's own account: changing the password (which ends every session of the account). */
@Tag(name = "Access")
@Path("/api/v1/account")
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class AccountResource {

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    public record PasswordChange(@NotBlank String currentPassword, @NotBlank String password) {
    }

    @Operation(summary = "Change one's own password",
            description = "With the current password; the other sessions end.")
    @APIResponse(responseCode = "204", description = "Changed")
    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull PasswordChange input) {
        users.changeOwnPassword(identity.getPrincipal().getName(), input.currentPassword(), input.password());
        return Response.noContent().build();
    }
}
