package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
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
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The curator area for replications: record one, record a status change, review. */
@Path("/kurator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class CuratorReplicationPages {

    @Inject
    Visit visit;

    @Inject
    ReplicationService replications;

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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newReplication(PageContext page, ReplicationFormModel model);

        static native TemplateInstance transition(PageContext page, TransitionModel model);
    }

    @GET
    @Path("/replikasi/baru")
    public Response newReplication(@QueryParam("source") String source) {
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
        if (form.addingRows()) {
            return visit.render(Templates.newReplication(visit.context(), model(form, Map.of())));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReplicationInput input = ReplicationFormReader.read(form, regions.directory(), visit.lang(), errors);
        Map<String, String> invalid = new LinkedHashMap<>();
        for (ConstraintViolation<ReplicationInput> v : validator.validate(input)) {
            invalid.putIfAbsent(JsonErrors.snakeCasePath(v.getPropertyPath().toString()), ValidationText.of(v.getMessage(), visit.lang()));
        }
        errors.putAll(FormErrors.byFormField(invalid, ReplicationFormReader.API_FIELDS, visit.lang()));
        if (errors.isEmpty()) {
            try {
                ReplicationView created = replications.create(input, form.confirmDuplicate != null, caller);
                return Response.seeOther(URI.create("/inovasi/" + created.source().slug() + "#replikasi-" + created.id())).build();
            } catch (ApiProblem problem) {
                errors.putAll(FormErrors.byFormField(FormErrors.of(problem), ReplicationFormReader.API_FIELDS, visit.lang()));
            }
        }
        return Response.fromResponse(visit.render(Templates.newReplication(visit.context(), model(form, errors))))
                .status(400).build();
    }

    @GET
    @Path("/replikasi/{id}")
    public Response transitionForm(@PathParam("id") long id) {
        Caller caller = visit.caller();
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
        Map<String, String> errors = new LinkedHashMap<>();
        ReplicationStatus parsedStatus = status(status, errors, visit.lang());
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

    private static ReplicationFormModel model(ReplicationForm form, Map<String, String> errors) {
        return new ReplicationFormModel(form, errors,
                Arrays.stream(ReplicationStatus.values()).filter(ReplicationStatus::isActive).map(Enum::name).toList(),
                CuratorPages.regionChoices());
    }

    private static ReplicationStatus status(String value, Map<String, String> errors, String lang) {
        try {
            return ReplicationStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("status", ValidationText.of("choose a status", lang));
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
