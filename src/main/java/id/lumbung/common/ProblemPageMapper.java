package id.lumbung.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A problem raised on a page (a rate limit on /cari, say) is answered as a page; on the API as problem+json. */
public class ProblemPageMapper {

    @Inject
    Instance<ProblemPages> pages;

    @ServerExceptionMapper(priority = 1)
    public Response problem(ApiProblem problem, RoutingContext routing) {
        if (pages.isResolvable() && ProblemPages.isPage(routing)) {
            return pages.get().render(problem);
        }
        return problem.toResponse();
    }
}
