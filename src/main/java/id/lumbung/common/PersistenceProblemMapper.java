package id.lumbung.common;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Database failures as answers: two writers that raced past a check lose with 409 (optimistic lock, or the
 * unique key the other took first); PostgreSQL out of reach is a 503 with Retry-After, as a page for pages.
 * The same failure arrives wrapped in different exceptions depending on where it surfaced (flush, commit, a
 * CDI interceptor), so each wrapper is mapped by what it carries.
 */
public class PersistenceProblemMapper {

    private static final Logger LOG = Logger.getLogger(PersistenceProblemMapper.class);

    @Inject
    Instance<ProblemPages> pages;

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e) {
        return lostRace();
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return lostRace();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpServerRequest request, RoutingContext routing) {
        return classified(e, request, routing);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, HttpServerRequest request, RoutingContext routing) {
        return classified(e, request, routing);
    }

    @ServerExceptionMapper
    public Response rollback(RollbackException e, HttpServerRequest request, RoutingContext routing) {
        return classified(e, request, routing);
    }

    @ServerExceptionMapper
    public Response transactional(TransactionalException e, HttpServerRequest request, RoutingContext routing) {
        return classified(e, request, routing);
    }

    @ServerExceptionMapper
    public Response undeclared(ArcUndeclaredThrowableException e, HttpServerRequest request, RoutingContext routing) {
        return classified(e, request, routing);
    }

    private Response classified(Throwable e, HttpServerRequest request, RoutingContext routing) {
        ApiProblem problem = DatabaseFailures.classify(e).orElse(null);
        if (problem == null) {
            LOG.error("Unexpected database failure", e);
            problem = ApiProblem.internalError();
        } else if (problem.getStatusCode() == 503) {
            LOG.warnf("PostgreSQL cannot be reached (%s %s): %s", request.method(), request.path(), rootMessage(e));
        }
        if (pages.isResolvable() && ProblemPages.isPage(routing)) {
            return pages.get().render(problem);
        }
        return problem.toResponse();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static Response lostRace() {
        return ApiProblem.conflict("The record was changed by another request at the same time; reload it and retry")
                .toResponse();
    }
}
