package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.RouteProblemPages;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The error page for a problem found by a route handler, before JAX-RS (an unreadable URL): the same template as
 * {@link ErrorPage}, in the language of the visitor's cookie (the URL cannot be read for {@code ?lang=}), for an
 * anonymous visitor (the session is not looked at yet).
 */
@ApplicationScoped
public class RouteErrorPage implements RouteProblemPages {

    @Override
    public String html(ApiProblem problem, HttpServerRequest request) {
        Cookie cookie = request.getCookie(Visit.COOKIE);
        String lang = cookie != null && "en".equals(cookie.getValue()) ? "en" : "id";
        String other = "en".equals(lang) ? "id" : "en";
        PageContext page = new PageContext(lang, other, "/?lang=" + other, Caller.ANONYMOUS, "/");
        return ErrorPage.Templates.error(page, ErrorPage.kind(problem)).setLocale(Locale.forLanguageTag(lang)).render();
    }
}
