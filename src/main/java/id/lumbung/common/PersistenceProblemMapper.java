package id.lumbung.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two writers raced past the If-Match check: the later one loses with 409 instead of overwriting. */
public class PersistenceProblemMapper {

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e) {
        return lostRace();
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return lostRace();
    }

    private static Response lostRace() {
        return ApiProblem.conflict("The record was changed by another request at the same time; reload it and retry")
                .toResponse();
    }
}
