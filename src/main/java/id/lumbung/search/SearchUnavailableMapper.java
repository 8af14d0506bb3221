package id.lumbung.search;

import id.lumbung.common.ApiProblem;
import id.lumbung.search.index.IndexUnavailableException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * No sound index on this node (the first build runs, or a damaged one is being replaced): 503 with Retry-After, so
 * a client or a load balancer tries again or elsewhere.
 */
public class SearchUnavailableMapper {

    /** A rebuild of the demo catalogue takes about a second, of 100 000 innovations about ten. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unavailable(IndexUnavailableException e) {
        return ApiProblem.searchUnavailable("Indeks pencarian node ini sedang dibangun ulang; coba lagi sebentar lagi. "
                + "The search index of this node is being rebuilt (" + e.state() + "); try again shortly.",
                RETRY_AFTER_SECONDS).toResponse();
    }

    /** A published innovation that this node's index does not hold yet (the indexer is behind, or rebuilding). */
    static ApiProblem notIndexedYet(String slug) {
        return ApiProblem.searchUnavailable("Inovasi '" + slug + "' belum masuk indeks pencarian node ini; coba lagi "
                + "sebentar lagi. Innovation '" + slug + "' is not in the search index of this node yet; try again "
                + "shortly.", RETRY_AFTER_SECONDS);
    }
}
