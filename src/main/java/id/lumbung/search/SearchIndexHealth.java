package id.lumbung.search;

import id.lumbung.search.index.IndexState;
import id.lumbung.search.index.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index in /q/health/ready. A rebuild does not make the service unready (it answers meanwhile,
 * from the previous index); an index that failed to build does.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        IndexState state = index.state();
        return HealthCheckResponse.named("Search index")
                .status(state != IndexState.failed)
                .withData("state", state.name())
                .withData("outbox_position", index.appliedBound())
                .build();
    }
}
