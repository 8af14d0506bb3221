package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.replication.ReplicationViews.ReplicationView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/api/v1/replications")
@Produces(MediaType.APPLICATION_JSON)
public class ReplicationResource {

    @Inject
    ReplicationService replications;

    @Inject
    SecurityIdentity identity;

    @GET
    public Page<ReplicationView> list(@QueryParam("source") @Pattern(regexp = "[a-z0-9-]{1,120}") String source,
            @QueryParam("adopter_region") @Pattern(regexp = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?") String adopterRegion,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return replications.list(source, adopterRegion, QueryParams.enumValue(ReplicationStatus.class, "status", status),
                Caller.of(identity), cursor, QueryParams.limit(limit, 20, 100));
    }

    @GET
    @Path("/{id}")
    public ReplicationView get(@PathParam("id") String id) {
        return replications.get(requireId(id), Caller.of(identity));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response create(@Valid @NotNull ReplicationInput input) {
        ReplicationView view = replications.create(input, Caller.of(identity));
        return Response.created(URI.create("/api/v1/replications/" + view.id())).entity(view).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        replications.delete(requireId(id));
        return Response.noContent().build();
    }

    private static long requireId(String raw) {
        return QueryParams.integer("id", raw, 1, Integer.MAX_VALUE);
    }
}
