package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationImporter;
import id.lumbung.catalogue.InnovationImporter.ImportReport;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.JsonErrors;
import id.lumbung.region.RegionService;
import id.lumbung.replication.ReplicationInput;
import id.lumbung.replication.ReplicationReview;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationStatus;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.replication.TransitionInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Inject
    RegionService regions;

    @Inject
    Validator validator;

    /** The replication form as typed, the errors of the last attempt by field, and the choices. */
    public record ReplicationFormModel(ReplicationForm form, Map<String, String> errors, List<String> statuses,
            List<CuratorPages.Option> regions) {
    }

    /** A replication's step form and, for its review, the moves the caller may make. */
    public record TransitionModel(ReplicationView replication, Map<String, String> errors, Set<PublicationStatus> reviewMoves) {
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
        ReplicationForm form = new ReplicationForm();
        form.sourceSlug = source;
        return visit.render(Templates.newReplication(visit.context(), model(form, Map.of())));
    }

    /** Records a replication with its adaptation, outcomes and legal basis; "add rows" brings the form back instead. */
    @POST
    @Path("/replikasi/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ReplicationForm form) {
        Caller caller = visit.caller();
        if (!caller.staff()) {
            return CuratorPages.signIn();
        }
        if (form.addingRows()) {
            return visit.render(Templates.newReplication(visit.context(), model(form, Map.of())));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReplicationInput input = ReplicationFormReader.read(form, regions.directory(), visit.lang(), errors);
        Map<String, String> invalid = new LinkedHashMap<>();
        for (ConstraintViolation<ReplicationInput> v : validator.validate(input)) {
            invalid.putIfAbsent(JsonErrors.snakeCasePath(v.getPropertyPath().toString()), ValidationText.of(v.getMessage(), visit.lang()));
        }
        errors.putAll(InnovationFormReader.byFormField(invalid, ReplicationFormReader.API_FIELDS, visit.lang()));
        if (errors.isEmpty()) {
            try {
                ReplicationView created = replications.create(input, form.confirmDuplicate != null, caller);
                return Response.seeOther(URI.create("/inovasi/" + created.source().slug() + "#replikasi-" + created.id())).build();
            } catch (ApiProblem problem) {
                errors.putAll(InnovationFormReader.byFormField(FormErrors.of(problem), ReplicationFormReader.API_FIELDS, visit.lang()));
            }
        }
        return Response.fromResponse(visit.render(Templates.newReplication(visit.context(), model(form, errors))))
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
            return visit.render(Templates.transition(visit.context(), transitionModel(replications.get(id, caller), Map.of(), caller)));
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
        LocalDate parsedDate = InnovationFormReader.parse("date", date, TypedValues::date, visit.lang(), errors);
        if (parsedDate != null && parsedDate.isAfter(LocalDate.now())) {
            errors.put("date", ValidationText.of("must be a date in the past or in the present", visit.lang()));
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
                transitionModel(replications.get(id, caller), errors, caller)))).status(400).build();
    }

    /** Submits, publishes or sends back a replication, as the review allows the caller. */
    @POST
    @Path("/replikasi/{id}/tinjauan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, @FormParam("publication") String publication) {
        Caller caller = visit.caller();
        if (!caller.staff()) {
            return CuratorPages.signIn();
        }
        try {
            PublicationStatus to = PublicationStatus.valueOf(publication == null ? "" : publication.strip());
            ReplicationView moved = replications.review(id, to, null, caller);
            return Response.seeOther(URI.create("/kurator/replikasi/" + moved.id())).build();
        } catch (ApiProblem problem) {
            if (problem.getStatusCode() == 404) {
                return notFound.render();
            }
            return Response.fromResponse(visit.render(Templates.transition(visit.context(),
                    transitionModel(replications.get(id, caller), FormErrors.of(problem), caller)))).status(problem.getStatusCode()).build();
        } catch (IllegalArgumentException unknown) {
            return Response.fromResponse(visit.render(Templates.transition(visit.context(), transitionModel(replications.get(id, caller),
                    Map.of("form", ValidationText.of("must be one of draft, in_review, published", visit.lang())), caller))))
                    .status(400).build();
        }
    }

    private static TransitionModel transitionModel(ReplicationView replication, Map<String, String> errors, Caller caller) {
        return new TransitionModel(replication, errors, ReplicationReview.allowedNext(replication.publication(), caller));
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

    private static ReplicationFormModel model(ReplicationForm form, Map<String, String> errors) {
        return new ReplicationFormModel(form, errors,
                Arrays.stream(ReplicationStatus.values()).filter(ReplicationStatus::isActive).map(Enum::name).toList(),
                CuratorPages.regionChoices());
    }

    private static ReplicationStatus status(String value, Map<String, String> errors) {
        try {
            return ReplicationStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("status", "pilih status / choose a status");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
