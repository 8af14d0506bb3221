package id.lumbung.search;

import id.lumbung.search.index.IndexUnavailableException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
        return problem("Indeks pencarian node ini sedang dibangun ulang; coba lagi sebentar lagi. "
                + "The search index of this node is being rebuilt (" + e.state() + "); try again shortly.").toResponse();
    }

    /** A published innovation that this node's index does not hold yet (the indexer is behind, or rebuilding). */
    static HttpProblem notIndexedYet(String slug) {
        return problem("Inovasi '" + slug + "' belum masuk indeks pencarian node ini; coba lagi sebentar lagi. "
                + "Innovation '" + slug + "' is not in the search index of this node yet; try again shortly.");
    }

    private static HttpProblem problem(String detail) {
        return HttpProblem.builder()
                .withType(URI.create("https://lumbung.id/problems/search-unavailable"))
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(detail)
                .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                .build();
    }
}
