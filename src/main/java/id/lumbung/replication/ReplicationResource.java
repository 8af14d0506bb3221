package id.lumbung.replication;

import com.fasterxml.jackson.databind.JsonNode;
import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.WriteVisibility;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ETags;
import id.lumbung.common.JsonMergePatch;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.region.RegionCode;
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
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Replications")
@Path("/api/v1/replications")
@Produces(MediaType.APPLICATION_JSON)
public class ReplicationResource {

    private static final String NDJSON = "application/x-ndjson";

    @Inject
    ReplicationService replications;

    @Inject
    ReplicationHistory history;

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

    @Operation(summary = "List replications",
            description = "Replications of published innovations (staff: all) in the order they were recorded, "
            + "filtered by source innovation, adopter region, source region or status; paged by keyset "
            + "(next_cursor).")
    @GET
    public Page<ReplicationView> list(@QueryParam("source") @Pattern(regexp = "[a-z0-9-]{1,120}", message = "must be an innovation's slug") String source,
            @QueryParam("adopter_region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String adopterRegion,
            @QueryParam("source_region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String sourceRegion,
            @QueryParam("status") String status, @QueryParam("publication") String publication,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Criteria criteria = new Criteria(source, adopterRegion, sourceRegion,
                QueryParams.enumValue(ReplicationStatus.class, "status", status),
                QueryParams.enumValue(PublicationStatus.class, "publication", publication));
        return replications.list(criteria, caller(), cursor, QueryParams.limit(limit, 20, 100));
    }

    @Operation(summary = "One replication",
            description = "The replication with its steps; allowed_next lists the stages a transition may move to. "
            + "The ETag is its version; the body can be PUT back as it is.")
    @APIResponseSchema(value = ReplicationView.class, responseCode = "200",
            responseDescription = "The replication")
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ReplicationView view = replications.get(requireId(id), caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @Operation(summary = "Record a replication",
            description = "A region (adopter_region_code) or another body (adopter_name, adopter_country) adopting "
            + "a catalogue innovation, at the status it has reached. Published at once when a "
            + "reviewer or an admin records it, else a draft for review. One replication per source and adopter: a second is 409.")
    @APIResponseSchema(value = ReplicationView.class, responseCode = "201",
            responseDescription = "Created; Location names it")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response create(@Valid @NotNull ReplicationInput input, @QueryParam("wait_for") String waitFor,
            @QueryParam("confirm_duplicate") String confirmDuplicate) {
        ReplicationView view = replications.create(input, QueryParams.bool("confirm_duplicate", confirmDuplicate), caller());
        return visibility.await(waitFor, Response.created(URI.create("/api/v1/replications/" + view.id()))
                .tag(ETags.of(view.version())).entity(view)).build();
    }

    @Operation(summary = "Replace the details of a replication",
            description = "Year, notes, adaptation, outcomes, evidence, legal_basis, derived_slug and "
            + "learning_event; absent ones are cleared. The status moves only through transitions; the "
            + "read-only fields of a GET are accepted and ignored.")
    @APIResponseSchema(value = ReplicationView.class, responseCode = "200",
            responseDescription = "The replication as stored")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReplicationDetails details) {
        ReplicationView view = replications.update(requireId(id), details, ETags.expectedVersion(ifMatch), caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @Operation(summary = "Change some details of a replication",
            description = "JSON Merge Patch (RFC 7396) of the details, checked and written as a PUT of the result "
            + "would be. If-Match is required (428 without it; * takes any version).")
    @APIResponseSchema(value = ReplicationView.class, responseCode = "200",
            responseDescription = "The replication as stored")
    @RequestBody(ref = "ReplicationPatch")
    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        ReplicationView view = replications.patch(requireId(id), patch, ETags.requiredVersion(ifMatch), caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /** Records a status change; 409 with {@code allowed_next} when the lifecycle does not allow it. */
    @Operation(summary = "Record the next step",
            description = "Moves the replication to a new stage on a date (history is appended in order, never "
            + "rewritten). A move the lifecycle lacks is 409 with allowed_next; stopping (dihentikan) "
            + "needs a note.")
    @APIResponseSchema(value = ReplicationView.class, responseCode = "200",
            responseDescription = "The replication at its new stage")
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
    @Operation(summary = "Move a replication through review",
            description = "Submit (draft → in_review), publish or send back (→ draft). Curators submit; reviewers and "
            + "admins publish and send back. 409 with allowed_next for a move the review lacks.")
    @APIResponseSchema(value = ReplicationView.class, responseCode = "200",
            responseDescription = "The replication in its new review state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("wait_for") String waitFor, @Valid @NotNull PublicationMove move) {
        ReplicationView view = replications.review(requireId(id), move.publication(), ETags.expectedVersion(ifMatch), caller());
        return visibility.await(waitFor, Response.ok(view).tag(ETags.of(view.version()))).build();
    }

    @Operation(summary = "Who changed the record",
            description = "The audit history of the replication record (staff); its steps are in the record itself.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public List<Revision> history(@PathParam("id") String id) {
        return history.of(requireId(id));
    }

    @Operation(summary = "Delete a replication",
            description = "Admins only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        replications.delete(requireId(id));
        return Response.noContent().build();
    }

    @Operation(summary = "Import replications (NDJSON)",
            description = "One replication per line (the replications.jsonl format); all or nothing; dryRun=true "
            + "checks and counts without writing. Bad lines are refused with 422 listing them.")
    @POST
    @Path("/import")
    @Consumes({NDJSON, "application/jsonl"})
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public ImportReport importNdjson(InputStream body, @QueryParam("dryRun") String dryRun,
            @QueryParam("allow_duplicates") String allowDuplicates) {
        return importer.importNdjson(body, QueryParams.bool("dryRun", dryRun), QueryParams.bool("allow_duplicates", allowDuplicates),
                caller());
    }

    @Operation(summary = "Export replications",
            description = "Replications of published innovations, as NDJSON or CSV.")
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

    @Operation(summary = "Replication figures",
            description = "The funnel of stages (also by theme, province and year), the most replicated "
            + "innovations, the most active source and adopter regions, the median days to diterapkan "
            + "and the stalled count, optionally for one source region or theme.")
    @GET
    @Path("/analytics")
    public Summary analytics(@QueryParam("source_region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String sourceRegion,
            @QueryParam("theme") @Pattern(regexp = "[a-z-]{1,60}", message = "must be a theme's slug, such as kesehatan") String theme) {
        return analytics.summary(caller(), new Scope(sourceRegion, theme));
    }

    /** The follow-up list of program staff: replications with no step for the configured period. */
    @Operation(summary = "Stalled replications",
            description = "Replications with no step for the configured period: the follow-up list of program "
            + "staff.")
    @GET
    @Path("/stalled")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public StalledList stalled(@QueryParam("source_region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String sourceRegion,
            @QueryParam("theme") @Pattern(regexp = "[a-z-]{1,60}", message = "must be a theme's slug, such as kesehatan") String theme) {
        return analytics.stalled(caller(), new Scope(sourceRegion, theme), LocalDate.now());
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    private static long requireId(String raw) {
        return QueryParams.requiredInteger("id", raw, 1, Integer.MAX_VALUE);
    }
}
