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
        return answer(problem, routing, pages);
    }

    /**
     * The one way a problem is answered, also for the mappers of features whose domain exceptions become problems
     * (the search's invalid cursor, say).
     */
    public static Response answer(ApiProblem problem, RoutingContext routing, Instance<ProblemPages> pages) {
        if (pages.isResolvable() && ProblemPages.isPage(routing)) {
            return pages.get().render(problem);
        }
        return problem.toResponse();
    }
}
