package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationImporter;
import id.lumbung.catalogue.InnovationImporter.ImportReport;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.replication.ReplicationInput;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationStatus;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.replication.TransitionInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The curator area for replications (record one, record a status change) and for NDJSON imports. */
@Path("/kurator")
@Produces(MediaType.TEXT_HTML)
public class CuratorReplicationPages {

    @Inject
    Visit visit;

    @Inject
    ReplicationService replications;

    @Inject
    InnovationImporter importer;

    @Inject
    NotFoundPage notFound;

    /** The replication form's values and the errors of the last attempt, by field. */
    public record ReplicationFormModel(Map<String, String> values, Map<String, String> errors, List<String> statuses) {
    }

    public record TransitionModel(ReplicationView replication, Map<String, String> errors) {
    }

    public record ImportModel(ImportReport report, List<ApiProblem.LineError> lineErrors, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newReplication(PageContext page, ReplicationFormModel model);

        static native TemplateInstance transition(PageContext page, TransitionModel model);

        static native TemplateInstance importer(PageContext page, ImportModel model);
    }

    @GET
    @Path("/replikasi/baru")
    public Response newReplication(@QueryParam("source") String source) {
        if (!visit.caller().staff()) {
            return CuratorPages.signIn();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("source_slug", source == null ? "" : source);
        return visit.render(Templates.newReplication(visit.context(), model(values, Map.of())));
    }

    @POST
    @Path("/replikasi/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("source_slug") String source, @FormParam("adopter_region_code") String adopter,
            @FormParam("status") String status, @FormParam("date") String date, @FormParam("notes") String notes) {
        Caller caller = visit.caller();
        if (!caller.staff()) {
            return CuratorPages.signIn();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("source_slug", source);
        values.put("adopter_region_code", adopter);
        values.put("status", status);
        values.put("date", date);
        values.put("notes", notes);
        Map<String, String> errors = new LinkedHashMap<>();
        ReplicationStatus parsedStatus = status(status, errors);
        LocalDate parsedDate = date(date, errors);
        if (errors.isEmpty()) {
            try {
                ReplicationView created = replications.create(new ReplicationInput(blank(source), blank(adopter), null, null,
                        parsedStatus, parsedDate, null, null, null, blank(notes), null, null, null, null, null), false, caller);
                return Response.seeOther(URI.create("/inovasi/" + created.source().slug() + "#replikasi")).build();
            } catch (ApiProblem problem) {
                errors.putAll(FormErrors.of(problem));
            }
        }
        return Response.fromResponse(visit.render(Templates.newReplication(visit.context(), model(values, errors))))
                .status(400).build();
    }

    @GET
    @Path("/replikasi/{id}")
    public Response transitionForm(@PathParam("id") long id) {
        Caller caller = visit.caller();
        if (!caller.staff()) {
            return CuratorPages.signIn();
        }
        try {
            return visit.render(Templates.transition(visit.context(), new TransitionModel(replications.get(id, caller), Map.of())));
        } catch (ApiProblem problem) {
            return notFound.render();
        }
    }

    @POST
    @Path("/replikasi/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @FormParam("status") String status, @FormParam("date") String date,
            @FormParam("note") String note) {
        Caller caller = visit.caller();
        if (!caller.staff()) {
            return CuratorPages.signIn();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReplicationStatus parsedStatus = status(status, errors);
        LocalDate parsedDate = date(date, errors);
        if (parsedDate != null && parsedDate.isAfter(LocalDate.now())) {
            errors.put("date", "tidak boleh di masa depan / must not be in the future");
        }
        if (errors.isEmpty()) {
            try {
                ReplicationView moved = replications.transition(id, new TransitionInput(parsedStatus, parsedDate, blank(note)),
                        null, caller);
                return Response.seeOther(URI.create("/inovasi/" + moved.source().slug() + "#replikasi")).build();
            } catch (ApiProblem problem) {
                if (problem.getStatusCode() == 404) {
                    return notFound.render();
                }
                errors.putAll(FormErrors.of(problem));
            }
        }
        return Response.fromResponse(visit.render(Templates.transition(visit.context(),
                new TransitionModel(replications.get(id, caller), errors)))).status(400).build();
    }

    @GET
    @Path("/impor")
    public Response importForm() {
        if (!visit.caller().staff()) {
            return CuratorPages.signIn();
        }
        return visit.render(Templates.importer(visit.context(), new ImportModel(null, List.of(), null)));
    }

    @POST
    @Path("/impor")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("dry_run") String dryRun) {
        Caller caller = visit.caller();
        if (!caller.staff()) {
            return CuratorPages.signIn();
        }
        if (file == null || file.uploadedFile() == null) {
            return Response.fromResponse(visit.render(Templates.importer(visit.context(),
                    new ImportModel(null, List.of(), "Pilih berkas NDJSON / choose an NDJSON file")))).status(400).build();
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            ImportReport report = importer.importNdjson(in, dryRun != null, false, PublicationStatus.draft, caller);
            return visit.render(Templates.importer(visit.context(), new ImportModel(report, List.of(), null)));
        } catch (ApiProblem problem) {
            @SuppressWarnings("unchecked")
            List<ApiProblem.LineError> lines = problem.getParameters().get("errors") instanceof List<?> list
                    ? (List<ApiProblem.LineError>) list : List.of();
            return Response.fromResponse(visit.render(Templates.importer(visit.context(),
                    new ImportModel(null, lines, problem.getDetail())))).status(problem.getStatusCode()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReplicationFormModel model(Map<String, String> values, Map<String, String> errors) {
        return new ReplicationFormModel(values, errors,
                Arrays.stream(ReplicationStatus.values()).filter(ReplicationStatus::isActive).map(Enum::name).toList());
    }

    private static ReplicationStatus status(String value, Map<String, String> errors) {
        try {
            return ReplicationStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("status", "pilih status / choose a status");
            return null;
        }
    }

    private static LocalDate date(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "tanggal YYYY-MM-DD / a date like 2024-06-13");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
