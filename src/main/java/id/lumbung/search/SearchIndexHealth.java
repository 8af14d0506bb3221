package id.lumbung.search;

import id.lumbung.search.index.OutboxIndexer;
import id.lumbung.search.index.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index in /q/health/ready: ready when this node answers searches from an index that has caught up
 * with the database (see {@link OutboxIndexer#health()}). A node that is building its first index, replacing a
 * wrong one, cannot write it, or lags behind is not ready, so a load balancer sends no one to it.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

    @Inject
    OutboxIndexer indexer;

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        OutboxIndexer.Health health = indexer.health();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Search index")
                .status(health.ready())
                .withData("state", health.state().name())
                .withData("lag_ms", health.lag().toMillis())
                .withData("database_reachable", health.databaseReachable())
                .withData("outbox_position", index.position().xmin());
        if (health.rebuilding() != null) {
            response.withData("rebuilding", health.rebuilding().name());
        }
        if (health.problem() != null) {
            response.withData("problem", health.problem());
        }
        return response.build();
    }
}
