package id.lumbung.search;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.ProblemPageMapper;
import id.lumbung.common.ProblemPages;
import id.lumbung.search.query.InvalidCursorException;
import id.lumbung.search.query.InvalidQueryException;
import id.lumbung.search.query.InvalidSearchException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A search the query layer refused, as the 400 that names the parameter it came from: the words are {@code q},
 * the position is {@code cursor} (the same names for the API and the search page).
 */
public class SearchProblems {

    @Inject
    Instance<ProblemPages> pages;

    @ServerExceptionMapper(priority = 1)
    public Response invalid(InvalidSearchException e, RoutingContext routing) {
        return ProblemPageMapper.answer(problem(e), routing, pages);
    }

    public static ApiProblem problem(InvalidSearchException e) {
        String parameter = switch (e) {
            case InvalidQueryException words -> "q";
            case InvalidCursorException position -> "cursor";
        };
        return ApiProblem.invalidField(parameter, e.getMessage());
    }
}
