package id.lumbung.learning;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.common.Slugs;
import id.lumbung.learning.LearningEventService.LearningEventView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Tag(name = "Learning events")
@Path("/api/v1/learning-events")
@Produces(MediaType.APPLICATION_JSON)
public class LearningEventResource {

    @Inject
    LearningEventService events;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Learning events",
            description = "Workshops, study visits and peer-to-peer learning events where replications began.")
    @GET
    public List<LearningEventView> list() {
        return events.list(Caller.of(identity));
    }

    @Operation(summary = "One learning event")
    @GET
    @Path("/{slug}")
    public LearningEventView get(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return events.get(slug, Caller.of(identity));
    }

    /** Creates or replaces the event with the body's slug. */
    @Operation(summary = "Create or replace a learning event",
            description = "The event with the body's slug is created or replaced. Reviewers and admins.")
    @APIResponseSchema(value = LearningEventView.class, responseCode = "201",
            responseDescription = "Stored; Location names it")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response put(@Valid @NotNull LearningEventInput input) {
        LearningEventView view = events.put(input, Caller.of(identity));
        return Response.created(URI.create("/api/v1/learning-events/" + view.slug())).entity(view).build();
    }

    @Operation(summary = "Delete a learning event",
            description = "Admins only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        events.delete(slug);
        return Response.noContent().build();
    }
}
