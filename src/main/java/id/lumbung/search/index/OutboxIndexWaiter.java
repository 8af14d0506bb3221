package id.lumbung.search.index;

import id.lumbung.common.IndexWaiter;
import id.lumbung.search.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/** {@code ?wait_for=indexed} of the domain's writes: waits for this node's outbox indexer. */
@ApplicationScoped
public class OutboxIndexWaiter implements IndexWaiter {

    @Inject
    OutboxIndexer indexer;

    @Inject
    SearchConfig config;

    @Override
    public boolean awaitIndexed() throws IOException {
        return indexer.awaitIndexed(config.waitForIndexedTimeout());
    }
}
