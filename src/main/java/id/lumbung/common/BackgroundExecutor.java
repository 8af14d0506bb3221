package id.lumbung.common;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Where background work runs (a rebuild, the refresh of cached data): a managed executor that carries no context of
 * the thread that submits the work. Quarkus's injected {@code ManagedExecutor} propagates every context, the JTA
 * transaction included, so a refresh started from a request would use that request's transaction, and its request
 * scope after it ended. Shut down with the application.
 */
@ApplicationScoped
public class BackgroundExecutor implements Executor {

    private final ManagedExecutor executor = ManagedExecutor.builder()
            .propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING)
            .build();

    /** @throws java.util.concurrent.RejectedExecutionException when the application is stopping */
    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
