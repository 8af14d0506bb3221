package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A background task runs once at a time, survives its own failure and a stopping executor, and runs again later. */
class BackgroundTaskTest {

    @Test
    void aFailedRunIsContainedAndTheNextRequestRunsAgain() {
        AtomicInteger runs = new AtomicInteger();
        BackgroundTask task = new BackgroundTask("failing on purpose", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the database is away");
        });
        task.request(Runnable::run);
        task.request(Runnable::run);
        assertEquals(2, runs.get());
    }

    @Test
    void aRequestWhileRunningStartsNothingMore() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        BackgroundTask task = new BackgroundTask("counting", runs::incrementAndGet);
        task.request(queued::add);
        task.request(queued::add);
        assertEquals(1, queued.size());
        queued.getFirst().run();
        task.request(Runnable::run);
        assertEquals(2, runs.get());
    }

    @Test
    void aStoppingExecutorLeavesTheTaskFreeToRunLater() {
        AtomicInteger runs = new AtomicInteger();
        BackgroundTask task = new BackgroundTask("counting", runs::incrementAndGet);
        task.request(work -> {
            throw new RejectedExecutionException("stopping");
        });
        task.request(Runnable::run);
        assertEquals(1, runs.get());
    }
}
