package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.region.Region;
import id.lumbung.region.RegionCode;
import id.lumbung.replication.ReplicationService.Criteria;
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

/**
 * A region's part in replication: what it (or a region within it) adopted, and the replications of its own
 * innovations by others. Each list is the first page; page on with /api/v1/replications and the same filter.
 */
@Tag(name = "Replications")
@Path("/api/v1/regions/{code}/replications")
@Produces(MediaType.APPLICATION_JSON)
public class RegionReplicationResource {

    @Inject
    ReplicationService replications;

    @Inject
    SecurityIdentity identity;

    public record RegionReplications(String regionCode, String regionName, Page<ReplicationView> asAdopter,
            Page<ReplicationView> asSource) {
    }

    @Operation(summary = "Replications of a region",
            description = "What the region adopted (as_adopter) and what others adopted from it (as_source).")
    @GET
    public RegionReplications replications(@PathParam("code") @Pattern(regexp = RegionCode.PATTERN,
            message = RegionCode.MESSAGE) String code, @QueryParam("limit") String limit) {
        Region region = Region.findById(code);
        if (region == null) {
            throw ApiProblem.notFound("Region", code);
        }
        Caller caller = Caller.of(identity);
        int size = QueryParams.limit(limit, 50, 100);
        return new RegionReplications(code, region.displayName(),
                replications.list(new Criteria(null, code, null, null), caller, null, size),
                replications.list(new Criteria(null, null, code, null), caller, null, size));
    }
}
