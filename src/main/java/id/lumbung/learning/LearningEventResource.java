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

@Path("/api/v1/learning-events")
@Produces(MediaType.APPLICATION_JSON)
public class LearningEventResource {

    @Inject
    LearningEventService events;

    @Inject
    SecurityIdentity identity;

    @GET
    public List<LearningEventView> list() {
        return events.list(Caller.of(identity));
    }

    @GET
    @Path("/{slug}")
    public LearningEventView get(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return events.get(slug, Caller.of(identity));
    }

    /** Creates or replaces the event with the body's slug. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response put(@Valid @NotNull LearningEventInput input) {
        LearningEventView view = events.put(input, Caller.of(identity));
        return Response.created(URI.create("/api/v1/learning-events/" + view.slug())).entity(view).build();
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        events.delete(slug);
        return Response.noContent().build();
    }
}
