package id.lumbung.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.catalogue.InnovationImporter.ImportReport;
import id.lumbung.catalogue.InnovationViews.InnovationSummary;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ETags;
import id.lumbung.common.JsonMergePatch;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.common.Slugs;
import id.lumbung.region.RegionCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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

@Tag(name = "Innovations")
@Path("/api/v1/innovations")
@Produces(MediaType.APPLICATION_JSON)
public class InnovationResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    InnovationService innovations;

    @Inject
    InnovationImporter importer;

    @Inject
    InnovationExporter exporter;

    @Inject
    SecurityIdentity identity;

    @Inject
    WriteVisibility visibility;

    @Inject
    InnovationHistory history;

    @Operation(summary = "List innovations",
            description = "Published innovations (staff: any status, filter by status), ordered by slug and paged "
            + "by keyset: pass next_cursor back as cursor. region includes the regions below the code.")
    @GET
    public Page<InnovationSummary> list(
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
            @QueryParam("province") @Pattern(regexp = RegionCode.PROVINCE_PATTERN, message = RegionCode.PROVINCE_MESSAGE) String province,
            @QueryParam("theme") @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a theme code such as kemiskinan") String theme,
            @QueryParam("level") String level,
            @QueryParam("tahapan") String tahapan,
            @QueryParam("year_from") String yearFrom,
            @QueryParam("year_to") String yearTo,
            @QueryParam("status") String status,
            @QueryParam("stale") String stale,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        InnovationFilter filter = new InnovationFilter(region != null ? region : province, theme,
                QueryParams.enumValue(Level.class, "level", level), QueryParams.enumValue(Tahapan.class, "tahapan", tahapan),
                QueryParams.integer("year_from", yearFrom, 1945, 2100), QueryParams.integer("year_to", yearTo, 1945, 2100),
                QueryParams.enumValue(PublicationStatus.class, "status", status),
                stale == null ? null : QueryParams.bool("stale", stale));
        return innovations.list(filter, caller(), cursor, QueryParams.limit(limit, 20, 100));
    }

    @Operation(summary = "One innovation",
            description = "The whole record; the ETag is its version. Contacts are shown to signed-in staff only; a "
            + "draft is 404 for the public. The body can be PUT back as it is.")
    @APIResponseSchema(value = InnovationView.class, responseCode = "200",
            responseDescription = "The innovation")
    @GET
    @Path("/{slug}")
    public Response get(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        InnovationView view = innovations.get(slug, caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @Operation(summary = "Create an innovation",
            description = "Status defaults to draft; only reviewers and admins may create an entry as published. An "
            + "entry that looks like one of the same area is refused with 409 possible-duplicate and "
            + "its candidates unless confirm_duplicate=true.")
    @APIResponseSchema(value = InnovationView.class, responseCode = "201",
            responseDescription = "Created; Location names it, the ETag is its version")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response create(@Valid @NotNull InnovationInput input, @QueryParam("wait_for") String waitFor,
            @QueryParam("confirm_duplicate") String confirmDuplicate) {
        InnovationView view = innovations.create(input, QueryParams.bool("confirm_duplicate", confirmDuplicate), caller());
        return visibility.await(waitFor, Response.created(URI.create("/api/v1/innovations/" + view.slug()))
                .tag(ETags.of(view.version())).entity(view)).build();
    }

    @Operation(summary = "Replace an innovation",
            description = "Replaces every editable field (absent ones are cleared). The read-only fields of a GET "
            + "(region, province, owner_name, stale, created_at, updated_at, version) are accepted and "
            + "ignored, other unknown fields refused. If-Match guards against lost updates; a status "
            + "change follows the editorial workflow.")
    @APIResponseSchema(value = InnovationView.class, responseCode = "200",
            responseDescription = "The innovation as stored")
    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response update(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("wait_for") String waitFor,
            @Valid @NotNull InnovationInput input) {
        InnovationView view = innovations.update(slug, input, ETags.expectedVersion(ifMatch), caller());
        return visibility.await(waitFor, Response.ok(view).tag(ETags.of(view.version()))).build();
    }

    @Operation(summary = "Change some fields of an innovation",
            description = "JSON Merge Patch (RFC 7396): the fields named are set, null removes one, objects are "
            + "merged member by member. The patched record is checked as a PUT of it would be and "
            + "written all or nothing. If-Match is required (428 without it; * takes any version). A "
            + "region_name without region_code moves the entry to that region.")
    @APIResponseSchema(value = InnovationView.class, responseCode = "200",
            responseDescription = "The innovation as stored")
    @RequestBody(ref = "InnovationPatch")
    @PATCH
    @Path("/{slug}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response patch(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("wait_for") String waitFor, JsonNode patch) {
        InnovationView view = innovations.patch(slug, patch, ETags.requiredVersion(ifMatch), caller());
        return visibility.await(waitFor, Response.ok(view).tag(ETags.of(view.version()))).build();
    }

    /** Body of a running-status confirmation; {@code confirmed_on} defaults to today. */
    public record Confirmation(@NotNull RunningStatus runningStatus, @PastOrPresent LocalDate confirmedOn) {
    }

    /**
     * Records that the entry's running status was checked (the follow-up of stale entries). What the public sees is
     * confirmed by reviewers and admins; curators confirm entries that are not published.
     */
    @Operation(summary = "Confirm the running status",
            description = "Records that the running status was checked today (or on confirmed_on): the follow-up of "
            + "stale entries. Curators confirm entries that are not public; reviewers and admins every "
            + "entry.")
    @APIResponseSchema(value = InnovationView.class, responseCode = "200",
            responseDescription = "The innovation as stored")
    @POST
    @Path("/{slug}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response confirm(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @Valid @NotNull Confirmation confirmation) {
        InnovationView view = innovations.confirm(slug, confirmation.runningStatus(), confirmation.confirmedOn(), caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /** Who changed what and when (curators, reviewers and admins); deleted entries keep their history. */
    @Operation(summary = "Who changed what",
            description = "The audit history of the entry, field by field (staff). Deleted entries keep their "
            + "history.")
    @GET
    @Path("/{slug}/history")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public List<Revision> history(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return history.of(slug, caller());
    }

    /** Body of a workflow move: the publication status to move to. */
    public record WorkflowMove(@NotNull PublicationStatus status) {
    }

    /** Submit, publish, archive or send back to draft; 409 with allowed_next for a move the workflow lacks. */
    @Operation(summary = "Move through the editorial workflow",
            description = "draft → in_review → published → archived, and back to draft for rework. Curators submit; "
            + "reviewers and admins publish, archive and send back. A move the workflow lacks is 409 "
            + "with allowed_next.")
    @APIResponseSchema(value = InnovationView.class, responseCode = "200",
            responseDescription = "The innovation in its new status")
    @POST
    @Path("/{slug}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response moveTo(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("wait_for") String waitFor,
            @Valid @NotNull WorkflowMove move) {
        InnovationView view = innovations.moveTo(slug, move.status(), ETags.expectedVersion(ifMatch), caller());
        return visibility.await(waitFor, Response.ok(view).tag(ETags.of(view.version()))).build();
    }

    @Operation(summary = "Delete an innovation",
            description = "Reviewers and admins. Its history stays.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("/{slug}")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response delete(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        innovations.delete(slug);
        return Response.noContent().build();
    }

    @Operation(summary = "Import innovations (NDJSON)",
            description = "One innovation per line in the import format; all or nothing, upsert by slug. "
            + "dryRun=true checks and counts without writing. Lines without status create drafts; "
            + "published lines need a reviewer or admin. A file with bad lines is refused with 422 "
            + "listing them; possible duplicates are refused with 409 unless allow_duplicates=true.")
    @APIResponseSchema(value = ImportReport.class, responseCode = "200",
            responseDescription = "What the import did (or would do)")
    @POST
    @Path("/import")
    @Consumes({NDJSON, "application/jsonl"})
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response importNdjson(InputStream body, @QueryParam("dryRun") String dryRun,
            @QueryParam("allow_duplicates") String allowDuplicates, @QueryParam("wait_for") String waitFor) {
        ImportReport report = importer.importNdjson(body, QueryParams.bool("dryRun", dryRun),
                QueryParams.bool("allow_duplicates", allowDuplicates), PublicationStatus.draft, caller());
        return visibility.await(waitFor, Response.ok(report)).build();
    }

    @Operation(summary = "Export innovations",
            description = "Published entries for the public (staff may pass status), as NDJSON that imports again "
            + "unchanged, or as CSV.")
    @GET
    @Path("/export")
    @Produces({NDJSON, "text/csv"})
    public Response export(@QueryParam("format") String format, @QueryParam("status") String status) {
        Caller caller = caller();
        PublicationStatus wanted = QueryParams.enumValue(PublicationStatus.class, "status", status);
        String chosen = format == null ? "ndjson" : format.strip();
        StreamingOutput body = switch (chosen) {
            case "ndjson" -> out -> exporter.ndjson(caller, wanted, out);
            case "csv" -> out -> exporter.csv(caller, wanted, out);
            default -> throw ApiProblem.invalidField("format", "must be ndjson or csv");
        };
        return Response.ok(body, chosen.equals("csv") ? "text/csv; charset=UTF-8" : NDJSON)
                .header("Content-Disposition", "attachment; filename=\"lumbung-innovations." + (chosen.equals("csv") ? "csv" : "ndjson") + "\"")
                .build();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
