package id.lumbung.common;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * quarkus-rest-csrf refuses a form without its valid token (the 2-hour cookie expired, or none was sent) with a bare 400:
 * no body, no content type, a blank page for the staff member who sent it. This turns that refusal into the project's
 * problem, a page that says the form expired, before it is written. The extension aborts the request in its filter rather
 * than throwing, so an exception mapper never sees it; its mark of a verified token is what tells the refusal apart.
 */
public class FormTokenProblem {

    /** Set on the routing context by quarkus-rest-csrf once a form's token matched its cookie. */
    private static final String TOKEN_VERIFIED = "csrf_token_verified";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    Instance<ProblemPages> pages;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())
                || routing.get(TOKEN_VERIFIED) != null) {
            return;
        }
        Response answer = ProblemPageMapper.answer(ApiProblem.formExpired(), routing, pages);
        response.setStatus(answer.getStatus());
        answer.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        Object entity = answer.getEntity();
        if (entity instanceof TemplateInstance page) {
            response.setEntity(page.render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else {
            response.setEntity(entity, null, answer.getMediaType());
        }
    }
}
