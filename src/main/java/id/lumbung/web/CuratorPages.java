package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.catalogue.EditorialWorkflow;
import id.lumbung.catalogue.InnovationHistory;
import id.lumbung.catalogue.InnovationInput;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Theme;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.Vocabulary;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.JsonErrors;
import id.lumbung.region.Region;
import id.lumbung.region.RegionType;
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
 * The curator area for entries: the create/edit form (with the API's validation messages
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
            List<Option> regions, List<String> levels, InnovationView current, Set<PublicationStatus> moves) {

        public List<Integer> sdgs() {
            return java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList();
        }

        /** The values of one of the record's vocabularies, for a select. */
        public List<String> vocabulary(String kind) {
            Class<? extends Enum<?>> type = switch (kind) {
                case "Tahapan" -> Vocabulary.Tahapan.class;
                case "Jenis" -> Vocabulary.Jenis.class;
                case "Bentuk" -> Vocabulary.Bentuk.class;
                case "RunningStatus" -> Vocabulary.RunningStatus.class;
                default -> throw new IllegalArgumentException(kind);
            };
            return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PageContext page, FormModel model);

        static native TemplateInstance history(PageContext page, String slug, List<Revision> revisions);
    }

    @GET
    @Path("/inovasi/baru")
    public Response newForm() {
        InnovationForm form = new InnovationForm();
        form.level = "kabupaten";
        form.language = visit.lang();
        return visit.render(Templates.form(visit.context(), model(true, form, Map.of(), null)));
    }

    /** Creates an entry; "add rows" brings the form back with more blank rows instead. */
    @POST
    @Path("/inovasi/baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam InnovationForm form, @FormParam("confirm_duplicate") String confirmDuplicate) {
        Caller caller = visit.caller();
        if (form.addingRows()) {
            return visit.render(Templates.form(visit.context(), model(true, form, Map.of(), null)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        InnovationInput input = InnovationFormReader.read(form, visit.lang(), errors);
        form.slug = input.slug();
        errors.putAll(validate(input));
        if (errors.isEmpty()) {
            try {
                InnovationView created = innovations.create(input, confirmDuplicate != null, caller);
                return Response.seeOther(URI.create("/kurator/inovasi/" + created.slug())).build();
            } catch (ApiProblem problem) {
                errors = pageErrors(problem);
            }
        }
        return invalid(model(true, form, errors, null));
    }

    @GET
    @Path("/inovasi/{slug}")
    public Response editForm(@PathParam("slug") String slug) {
        Caller caller = visit.caller();
        try {
            InnovationInput stored = innovations.asInput(slug, caller);
            InnovationForm form = InnovationFormFill.of(stored, regionChoice(stored.regionCode()), visit.lang());
            return visit.render(Templates.form(visit.context(), model(false, form, Map.of(), innovations.get(slug, caller))));
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
        InnovationView current;
        try {
            current = innovations.get(slug, caller);
        } catch (ApiProblem problem) {
            return notFound.render();
        }
        if (form.addingRows()) {
            return visit.render(Templates.form(visit.context(), model(false, form, Map.of(), current)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        InnovationInput input = InnovationFormReader.read(form, visit.lang(), errors);
        errors.putAll(validate(input));
        if (errors.isEmpty()) {
            try {
                innovations.update(slug, input, null, caller);
                return Response.seeOther(URI.create("/kurator/inovasi/" + slug + "?tersimpan=1")).build();
            } catch (ApiProblem problem) {
                errors = pageErrors(problem);
            }
        }
        return invalid(model(false, form, errors, current));
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
            message = ValidationText.of(problem.getDetail(), visit.lang());
        } catch (IllegalArgumentException unknownStatus) {
            message = ValidationText.of("choose a status", visit.lang());
        }
        InnovationInput stored = innovations.asInput(slug, caller);
        InnovationForm form = InnovationFormFill.of(stored, regionChoice(stored.regionCode()), visit.lang());
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

    private FormModel model(boolean creating, InnovationForm form, Map<String, String> errors, InnovationView current) {
        List<Option> themes = Theme.<Theme>findAll(Sort.by("label")).stream().map(t -> new Option(t.code, t.label)).toList();
        return new FormModel(creating, form, errors, themes, regionChoices(),
                List.of("desa", "kecamatan", "kabupaten", "kota", "provinsi", "nasional"), current,
                current == null ? Set.of() : EditorialWorkflow.allowedNext(current.status()));
    }

    /** The regions an entry may belong to, as the region field suggests them: "Kabupaten Ketapang (61.04)". */
    static List<Option> regionChoices() {
        Map<String, String> provinces = new java.util.HashMap<>();
        List<Region> regions = Region.list("type in ?1", Sort.by("code"), List.of(RegionType.provinsi, RegionType.kabupaten, RegionType.kota));
        regions.stream().filter(r -> r.type == RegionType.provinsi).forEach(r -> provinces.put(r.code, r.displayName()));
        return regions.stream().map(r -> new Option(choice(r), r.type == RegionType.provinsi ? "" : provinces.get(r.provinceCode())))
                .toList();
    }

    private static String choice(Region region) {
        return region.displayName() + " (" + region.code + ")";
    }

    private static String regionChoice(String code) {
        Region region = code == null ? null : Region.findById(code);
        return region == null ? code : choice(region);
    }

    private Response invalid(FormModel model) {
        return Response.fromResponse(visit.render(Templates.form(visit.context(), model))).status(400).build();
    }

    /** The input's validation messages, by form field, in the page's language. */
    private Map<String, String> validate(InnovationInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<InnovationInput> v : validator.validate(input)) {
            errors.putIfAbsent(JsonErrors.snakeCasePath(v.getPropertyPath().toString()),
                    ValidationText.of(v.getMessage(), visit.lang()));
        }
        return FormErrors.byFormField(errors, visit.lang());
    }

    /** A service's refusal by form field; a slug already taken belongs next to the slug. */
    private Map<String, String> pageErrors(ApiProblem problem) {
        Map<String, String> errors = FormErrors.byFormField(FormErrors.of(problem), visit.lang());
        if (problem.getStatusCode() == 409 && !problem.getParameters().containsKey("candidates") && errors.containsKey("form")) {
            errors.put("slug", errors.remove("form"));
        }
        return errors;
    }
}
