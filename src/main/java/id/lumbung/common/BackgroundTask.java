package id.lumbung.common;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A task run in the background, never twice at once: a request that finds cached data missing or stale asks for a
 * refresh and goes on with what it has, instead of waiting for the database. It runs on the executor the caller
 * gives ({@link BackgroundExecutor}); a failure is logged, and the next request tries again.
 */
public final class BackgroundTask {

    private static final Logger LOG = Logger.getLogger(BackgroundTask.class);

    private final String name;
    private final Runnable task;
    private final AtomicBoolean running = new AtomicBoolean();

    /** @param name what the task does, for the log ("reloading the facet labels") */
    public BackgroundTask(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    /** Starts the task on {@code executor} unless it is running already. */
    public void request(Executor executor) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    LOG.error("Background task failed: " + name + "; the next request tries again", e);
                } finally {
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException e) { // the service is stopping
            running.set(false);
            LOG.debug("Background task not started (the executor is stopping): " + name);
        }
    }
}
