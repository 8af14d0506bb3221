package id.lumbung.web;

import id.lumbung.access.Caller;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * The page request being answered: its language (Indonesian unless {@code ?lang=en} or the {@code lang}
 * cookie says English) and its caller. Pages render through it, so the language choice sticks.
 */
@RequestScoped
public class Visit {

    static final String COOKIE = "lang";

    @Inject
    HttpServerRequest request;

    @Inject
    SecurityIdentity identity;

    public Caller caller() {
        return Caller.of(identity);
    }

    public String lang() {
        String asked = request.getParam("lang");
        if ("en".equals(asked) || "id".equals(asked)) {
            return asked;
        }
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? "en" : "id";
    }

    public PageContext context() {
        String lang = lang();
        String other = "en".equals(lang) ? "id" : "en";
        String query = request.query() == null ? "" : request.query().replaceAll("(^|&)lang=[a-z]*", "");
        String href = request.path() + "?" + (query.isEmpty() || query.equals("&") ? "" : query.replaceFirst("^&", "") + "&")
                + "lang=" + other;
        return new PageContext(lang, other, href, caller(), request.path());
    }

    /** The page in the visit's language; a language asked for in the URL is remembered in a cookie. */
    public Response render(TemplateInstance page) {
        String lang = lang();
        Response.ResponseBuilder response = Response.ok(page.setLocale(Locale.forLanguageTag(lang)))
                .header("Content-Language", lang);
        if (request.getParam("lang") != null) {
            response.cookie(new NewCookie.Builder(COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }
}
