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

@Path("/api/v1/innovations")
@Produces(MediaType.APPLICATION_JSON)
public class InnovationResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String REGION_CODE = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";

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

    @GET
    public Page<InnovationSummary> list(
            @QueryParam("region") @Pattern(regexp = REGION_CODE, message = "must be a Kemendagri code like 33 or 33.14") String region,
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a province code like 35") String province,
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

    @GET
    @Path("/{slug}")
    public Response get(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        InnovationView view = innovations.get(slug, caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Response create(@Valid @NotNull InnovationInput input, @QueryParam("wait_for") String waitFor,
            @QueryParam("confirm_duplicate") String confirmDuplicate) {
        InnovationView view = innovations.create(input, QueryParams.bool("confirm_duplicate", confirmDuplicate), caller());
        return visibility.await(waitFor, Response.created(URI.create("/api/v1/innovations/" + view.slug()))
                .tag(ETags.of(view.version())).entity(view)).build();
    }

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

    /** Partial update (JSON Merge Patch, RFC 7396) against the version the client read: If-Match is required. */
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

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response delete(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        innovations.delete(slug);
        return Response.noContent().build();
    }

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
