package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.catalogue.EditorialWorkflow;
import id.lumbung.catalogue.InnovationFilter;
import id.lumbung.catalogue.InnovationHistory;
import id.lumbung.catalogue.InnovationInput;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationSummary;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Theme;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.JsonErrors;
import io.quarkus.panache.common.Sort;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The curator area for entries: the work queues, the create/edit form (with the API's validation messages
 * next to the fields), workflow moves and the change history. Everything goes through the same services
 * as the API; a visitor who is not signed in is sent to the sign-in page.
 */
@Path("/kurator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class CuratorPages {

    @Inject
    Visit visit;

    @Inject
    InnovationService innovations;

    @Inject
    InnovationHistory history;

    @Inject
    Validator validator;

    @Inject
    NotFoundPage notFound;

    public record Option(String value, String label) {
    }

    /** What the form needs besides the entry: choices and the errors of the last attempt, by field. */
    public record FormModel(boolean creating, InnovationForm form, Map<String, String> errors, List<Option> themes,
            List<String> levels, List<String> tahapan, InnovationView current, Set<PublicationStatus> moves) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(PageContext page, List<InnovationSummary> inReview,
                List<InnovationSummary> drafts, List<InnovationSummary> stale);

        static native TemplateInstance form(PageContext page, FormModel model);

        static native TemplateInstance history(PageContext page, String slug, List<Revision> revisions);
    }

    @GET
    public Response dashboard() {
        Caller caller = visit.caller();
        return visit.render(Templates.dashboard(visit.context(), list(PublicationStatus.in_review, null, caller),
                list(PublicationStatus.draft, null, caller), list(PublicationStatus.published, true, caller)));
    }

    @GET
    @Path("/inovasi/baru")
    public Response newForm() {
        InnovationForm form = new InnovationForm();
        form.level = "kabupaten";
        return visit.render(Templates.form(visit.context(), model(true, form, Map.of(), null)));
    }

    @POST
    @Path("/inovasi/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam InnovationForm form, @FormParam("confirm_duplicate") String confirmDuplicate) {
        Caller caller = visit.caller();
        InnovationInput input = form.applyTo(null);
        Map<String, String> errors = validate(input);
        if (errors.isEmpty()) {
            try {
                InnovationView created = innovations.create(input, confirmDuplicate != null, caller);
                return Response.seeOther(URI.create("/kurator/inovasi/" + created.slug())).build();
            } catch (ApiProblem problem) {
                errors = FormErrors.of(problem);
            }
        }
        return invalid(model(true, form, errors, null));
    }

    @GET
    @Path("/inovasi/{slug}")
    public Response editForm(@PathParam("slug") String slug) {
        Caller caller = visit.caller();
        try {
            return visit.render(Templates.form(visit.context(),
                    model(false, InnovationForm.of(innovations.asInput(slug, caller)), Map.of(), innovations.get(slug, caller))));
        } catch (ApiProblem problem) {
            return notFound.render();
        }
    }

    @POST
    @Path("/inovasi/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @BeanParam InnovationForm form) {
        Caller caller = visit.caller();
        form.slug = slug;
        Map<String, String> errors;
        try {
            InnovationInput input = form.applyTo(innovations.asInput(slug, caller));
            errors = validate(input);
            if (errors.isEmpty()) {
                innovations.update(slug, input, null, caller);
                return Response.seeOther(URI.create("/kurator/inovasi/" + slug + "?tersimpan=1")).build();
            }
        } catch (ApiProblem problem) {
            errors = FormErrors.of(problem);
        }
        return invalid(model(false, form, errors, innovations.get(slug, caller)));
    }

    @POST
    @Path("/inovasi/{slug}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("slug") String slug, @FormParam("status") String status) {
        Caller caller = visit.caller();
        String message;
        try {
            innovations.moveTo(slug, PublicationStatus.valueOf(Objects.requireNonNullElse(status, "")), null, caller);
            return Response.seeOther(URI.create("/kurator/inovasi/" + slug)).build();
        } catch (ApiProblem problem) {
            if (problem.getStatusCode() == 404) {
                return notFound.render();
            }
            message = problem.getDetail();
        } catch (IllegalArgumentException unknownStatus) {
            message = "status: " + status;
        }
        InnovationForm form = InnovationForm.of(innovations.asInput(slug, caller));
        return invalid(model(false, form, Map.of("status", message), innovations.get(slug, caller)));
    }

    @GET
    @Path("/inovasi/{slug}/riwayat")
    public Response history(@PathParam("slug") String slug) {
        try {
            return visit.render(Templates.history(visit.context(), slug, history.of(slug, visit.caller())));
        } catch (ApiProblem problem) {
            return notFound.render();
        }
    }

    private List<InnovationSummary> list(PublicationStatus status, Boolean stale, Caller caller) {
        return innovations.list(new InnovationFilter(null, null, null, null, null, null, status, stale), caller, null, 20).items();
    }

    private FormModel model(boolean creating, InnovationForm form, Map<String, String> errors, InnovationView current) {
        List<Option> themes = Theme.<Theme>findAll(Sort.by("label")).stream().map(t -> new Option(t.code, t.label)).toList();
        return new FormModel(creating, form, errors, themes,
                List.of("desa", "kecamatan", "kabupaten", "kota", "provinsi", "nasional"),
                List.of("inisiatif", "uji_coba", "penerapan"), current,
                current == null ? Set.of() : EditorialWorkflow.allowedNext(current.status()));
    }

    private Response invalid(FormModel model) {
        return Response.fromResponse(visit.render(Templates.form(visit.context(), model))).status(400).build();
    }

    private Map<String, String> validate(InnovationInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<InnovationInput> v : validator.validate(input)) {
            errors.putIfAbsent(JsonErrors.snakeCasePath(v.getPropertyPath().toString()).replaceAll("\\[.*", ""), v.getMessage());
        }
        return errors;
    }
}
