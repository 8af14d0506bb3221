package id.lumbung.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task run in the background, never twice at once: a request that finds cached data missing or stale asks for a
 * refresh and goes on with what it has, instead of waiting for the database.
 */
public final class BackgroundTask {

    private final Runnable task;
    private final AtomicBoolean running = new AtomicBoolean();

    public BackgroundTask(Runnable task) {
        this.task = task;
    }

    /** Starts the task unless it is running already. */
    public void request() {
        if (running.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    task.run();
                } finally {
                    running.set(false);
                }
            });
        }
    }
}
