package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.common.Slugs;
import id.lumbung.replication.LineageService.Lineage;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An innovation's replications and its lineage (who copied it, and who copied the copies). */
@Tag(name = "Replications")
@Path("/api/v1/innovations/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class InnovationReplicationResource {

    @Inject
    ReplicationService replications;

    @Inject
    LineageService lineage;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Replications of an innovation",
            description = "Who adopted the innovation and how far they got, in the order recorded.")
    @GET
    @Path("/replications")
    public Page<ReplicationView> replications(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return replications.ofInnovation(slug, Caller.of(identity), cursor, QueryParams.limit(limit, 20, 100));
    }

    @Operation(summary = "Lineage of an innovation",
            description = "Where the innovation came from (upstream) and where it went (downstream), through "
            + "derived innovations, as a tree.")
    @GET
    @Path("/lineage")
    public Lineage lineage(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return lineage.lineage(slug, Caller.of(identity));
    }
}
