package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.WriteVisibility;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ETags;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.replication.ReplicationAnalytics.Scope;
import id.lumbung.replication.ReplicationAnalytics.StalledList;
import id.lumbung.replication.ReplicationAnalytics.Summary;
import id.lumbung.replication.ReplicationImporter.ImportReport;
import id.lumbung.replication.ReplicationService.Criteria;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/replications")
@Produces(MediaType.APPLICATION_JSON)
public class ReplicationResource {

    static final String REGION_CODE = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    ReplicationService replications;

    @Inject
    ReplicationImporter importer;

    @Inject
    ReplicationExporter exporter;

    @Inject
    ReplicationAnalytics analytics;

    @Inject
    WriteVisibility visibility;

    @Inject
    SecurityIdentity identity;

    @GET
    public Page<ReplicationView> list(@QueryParam("source") @Pattern(regexp = "[a-z0-9-]{1,120}") String source,
            @QueryParam("adopter_region") @Pattern(regexp = REGION_CODE) String adopterRegion,
            @QueryParam("source_region") @Pattern(regexp = REGION_CODE) String sourceRegion,
            @QueryParam("status") String status, @QueryParam("publication") String publication,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Criteria criteria = new Criteria(source, adopterRegion, sourceRegion,
                QueryParams.enumValue(ReplicationStatus.class, "status", status),
                QueryParams.enumValue(PublicationStatus.class, "publication", publication));
        return replications.list(criteria, caller(), cursor, QueryParams.limit(limit, 20, 100));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ReplicationView view = replications.get(requireId(id), caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /** Records a replication: published at once when a reviewer or an admin records it, else in review. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response create(@Valid @NotNull ReplicationInput input, @QueryParam("wait_for") String waitFor,
            @QueryParam("confirm_duplicate") String confirmDuplicate) {
        ReplicationView view = replications.create(input, QueryParams.bool("confirm_duplicate", confirmDuplicate), caller());
        return visibility.await(waitFor, Response.created(URI.create("/api/v1/replications/" + view.id()))
                .tag(ETags.of(view.version())).entity(view)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReplicationDetails details) {
        ReplicationView view = replications.update(requireId(id), details, ETags.expectedVersion(ifMatch), caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /** Records a status change; 409 with {@code allowed_next} when the lifecycle does not allow it. */
    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response transition(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("wait_for") String waitFor, @Valid @NotNull TransitionInput input) {
        ReplicationView view = replications.transition(requireId(id), input, ETags.expectedVersion(ifMatch), caller());
        return visibility.await(waitFor, Response.ok(view).tag(ETags.of(view.version()))).build();
    }

    /** Body of a review move: the publication state to move to. */
    public record PublicationMove(@NotNull PublicationStatus publication) {
    }

    /**
     * Submits (draft → in_review), publishes or sends back (→ draft) a replication; 409 with allowed_next for a move
     * the review lacks, 403 for a curator publishing or withdrawing.
     */
    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("wait_for") String waitFor, @Valid @NotNull PublicationMove move) {
        ReplicationView view = replications.review(requireId(id), move.publication(), ETags.expectedVersion(ifMatch), caller());
        return visibility.await(waitFor, Response.ok(view).tag(ETags.of(view.version()))).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public List<Revision> history(@PathParam("id") String id) {
        return replications.history(requireId(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        replications.delete(requireId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({NDJSON, "application/jsonl"})
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public ImportReport importNdjson(InputStream body, @QueryParam("dryRun") String dryRun,
            @QueryParam("allow_duplicates") String allowDuplicates) {
        return importer.importNdjson(body, QueryParams.bool("dryRun", dryRun), QueryParams.bool("allow_duplicates", allowDuplicates),
                caller());
    }

    @GET
    @Path("/export")
    @Produces({NDJSON, "text/csv"})
    public Response export(@QueryParam("format") String format) {
        Caller caller = caller();
        String chosen = format == null ? "ndjson" : format.strip();
        StreamingOutput body = switch (chosen) {
            case "ndjson" -> out -> exporter.ndjson(caller, out);
            case "csv" -> out -> exporter.csv(caller, out);
            default -> throw ApiProblem.invalidField("format", "must be ndjson or csv");
        };
        return Response.ok(body, chosen.equals("csv") ? "text/csv; charset=UTF-8" : NDJSON)
                .header("Content-Disposition", "attachment; filename=\"lumbung-replications." + (chosen.equals("csv") ? "csv" : "ndjson") + "\"")
                .build();
    }

    @GET
    @Path("/analytics")
    public Summary analytics(@QueryParam("source_region") @Pattern(regexp = REGION_CODE) String sourceRegion,
            @QueryParam("theme") @Pattern(regexp = "[a-z-]{1,60}") String theme) {
        return analytics.summary(caller(), new Scope(sourceRegion, theme));
    }

    /** The follow-up list of program staff: replications with no step for the configured period. */
    @GET
    @Path("/stalled")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public StalledList stalled(@QueryParam("source_region") @Pattern(regexp = REGION_CODE) String sourceRegion,
            @QueryParam("theme") @Pattern(regexp = "[a-z-]{1,60}") String theme) {
        return analytics.stalled(caller(), new Scope(sourceRegion, theme), LocalDate.now());
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    private static long requireId(String raw) {
        return QueryParams.integer("id", raw, 1, Integer.MAX_VALUE);
    }
}
