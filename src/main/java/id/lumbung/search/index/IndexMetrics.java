package id.lumbung.search.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;

/** The index's state in /q/metrics (Prometheus); docs/operations.md says what to alert on. */
@ApplicationScoped
public class IndexMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    SearchIndex index;

    @Inject
    OutboxIndexer indexer;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    IndexChecks checks;

    void register(@Observes StartupEvent event) {
        Gauge.builder("lumbung.index.lag", index, i -> i.positionAge().toMillis() / 1000.0).baseUnit("seconds")
                .description("Age of the database snapshot the search index reflects").register(registry);
        Gauge.builder("lumbung.index.ready", indexer, i -> i.health().ready() ? 1 : 0)
                .description("1 when this node's index is searchable and caught up (readiness)").register(registry);
        Gauge.builder("lumbung.index.documents", index, IndexMetrics::documents)
                .description("Published innovations in this node's index").register(registry);
        Gauge.builder("lumbung.outbox.backlog", checks, IndexChecks::backlog).baseUnit("rows")
                .description("Outbox rows of committed transactions this node has not applied yet (last heartbeat)").register(registry);
        Gauge.builder("lumbung.index.rebuild.running", rebuilder, r -> r.running() ? 1 : 0)
                .description("1 while a rebuild of the index runs").register(registry);
        Gauge.builder("lumbung.index.rebuild.documents", rebuilder, r -> r.progress().documentsIndexed())
                .description("Innovations indexed by the running (or last) rebuild").register(registry);
    }

    private static double documents(SearchIndex index) {
        try {
            return index.documentCount();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
