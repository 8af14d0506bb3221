package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ProblemPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The page of a problem that reached a page: the database out of reach (503), too many requests (429), not found
 * (404), a form over the field limit or without its valid CSRF token, a method or media type the page does not take,
 * or anything else, in the visit's language and with the problem's status and headers (Retry-After); and the
 * way to sign in for a staff page asked for without a signed-in staff member.
 */
@RequestScoped
public class ErrorPage implements ProblemPages {

    /** Where quarkus-rest-csrf keeps the request's form token, which the layout's sign-out form carries. */
    private static final String FORM_TOKEN = "csrf_token";

    @Inject
    Visit visit;

    @Inject
    RoutingContext routing;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext page, String kind);
    }

    @Override
    public Response render(ApiProblem problem) {
        PageContext context = visit.context();
        if (routing.get(FORM_TOKEN) == null) {
            // Refused before quarkus-rest-csrf gave this request its form token (a form without a valid one, over the
            // field limit, a path no page serves): the layout's sign-out form cannot be shown, the way to sign in can.
            context = context.withCaller(Caller.ANONYMOUS);
        }
        Response.ResponseBuilder page = Response.fromResponse(visit.render(Templates.error(context, kind(problem))))
                .status(problem.getStatusCode());
        problem.getHeaders().forEach((name, value) -> page.header(name, value));
        return page.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    /** Which text the page shows: the problem's own where the pages have one, else by its status. */
    static String kind(ApiProblem problem) {
        String type = problem.getType() == null ? "" : problem.getType().getPath();
        return switch (type.substring(type.lastIndexOf('/') + 1)) {
            case "too-many-fields" -> "too_many_fields";
            case "form-expired" -> "form_expired";
            case "form-not-utf8" -> "form_not_utf8";
            case "unauthorized" -> "unauthorized";
            case "login-locked" -> "login_locked";
            case "invalid-url" -> "invalid_url";
            case "method-not-allowed" -> "method_not_allowed";
            case "unsupported-media-type" -> "unsupported_media_type";
            case "not-acceptable" -> "not_acceptable";
            default -> switch (problem.getStatusCode()) {
                case 503 -> "unavailable";
                case 429 -> "too_many";
                case 404 -> "not_found";
                case 400 -> "bad_request";
                case 403 -> "forbidden";
                default -> "error";
            };
        };
    }

    @Override
    public Response signIn() {
        return Response.seeOther(URI.create("/masuk")).build();
    }
}
