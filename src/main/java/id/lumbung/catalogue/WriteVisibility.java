package id.lumbung.catalogue;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.IndexWaiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code ?wait_for=indexed}: a client that wants to search for its own write right away waits until this
 * node's index has applied it. The answer says whether it did ({@code Lumbung-Indexed: true|false}).
 */
@ApplicationScoped
public class WriteVisibility {

    @Inject
    IndexWaiter index;

    public Response.ResponseBuilder await(String waitFor, Response.ResponseBuilder response) {
        if (waitFor == null || waitFor.isBlank()) {
            return response;
        }
        if (!waitFor.equals("indexed")) {
            throw ApiProblem.invalidField("wait_for", "must be 'indexed'");
        }
        try {
            return response.header("Lumbung-Indexed", index.awaitIndexed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
