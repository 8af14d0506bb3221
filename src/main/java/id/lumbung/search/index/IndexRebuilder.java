package id.lumbung.search.index;

import id.lumbung.common.BackgroundExecutor;
import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Builds a whole new index generation from PostgreSQL beside the current one, then swaps it in. The
 * outbox position is taken before reading, so changes made during the build are replayed afterwards.
 */
@ApplicationScoped
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);
    private static final int BATCH = 1000;
    /** A rebuild of 100 000 innovations fits: few flushes, and a few large segments to search. */
    private static final int REBUILD_RAM_BUFFER_MB = 256;

    @Inject
    SearchIndex index;

    @Inject
    IndexSource source;

    @Inject
    OutboxReader outbox;

    @Inject
    NodeRegistry nodes;

    @Inject
    BackgroundExecutor executor;

    @Inject
    MeterRegistry metrics;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong indexed = new AtomicLong();
    private volatile RebuildReason reason;
    private volatile long startedAt;
    private volatile long finishedAt;

    /** Progress of the running or last rebuild. */
    public record Progress(boolean running, RebuildReason reason, long documentsIndexed, long startedAtMillis,
            long finishedAtMillis) {
    }

    public Progress progress() {
        return new Progress(running.get(), reason, indexed.get(), startedAt, finishedAt);
    }

    public boolean running() {
        return running.get();
    }

    /**
     * Starts a rebuild in the background unless one is running.
     *
     * @param failed called with the failure when the rebuild does not complete
     * @return whether it started
     */
    boolean startAsync(RebuildReason why, Consumer<Exception> failed) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        reason = why;
        index.rebuilding(why);
        metrics.counter("lumbung.index.rebuilds", "reason", why.name()).increment();
        try {
            executor.execute(() -> {
                try {
                    rebuildNow();
                } catch (IOException | RuntimeException e) {
                    failed.accept(e);
                } finally {
                    index.rebuilding(null);
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException e) { // the service is stopping
            index.rebuilding(null);
            running.set(false);
            return false;
        }
        return true;
    }

    private void rebuildNow() throws IOException {
        indexed.set(0);
        startedAt = System.currentTimeMillis();
        LOG.infof("Rebuilding the search index from PostgreSQL (%s)", reason);
        DatabaseIdentity identity = outbox.databaseIdentity();
        OutboxReader.Window start = outbox.window();
        LastChange lastChange = outbox.lastChangeAt(start.snapshot());
        // Pruning must keep what this build will replay: the node's position is the build's start from now on.
        nodes.heartbeat();
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger number = new AtomicInteger();
        // Closed in reverse order: the analysers finish (at most a few batches) before an unfinished build is deleted.
        try (GenerationBuild build = index.beginRebuild(REBUILD_RAM_BUFFER_MB);
                ExecutorService analysers = Executors.newFixedThreadPool(threads,
                        task -> new Thread(task, "lumbung-rebuild-" + number.incrementAndGet()))) {
            IndexGeneration generation = build.generation();
            // This thread reads the next batch from PostgreSQL while the analysers turn earlier ones into documents
            // (IndexWriter takes documents from several threads at once); a few batches in flight at most.
            Semaphore inFlight = new Semaphore(threads + 1);
            List<Future<?>> added = new ArrayList<>();
            long after = 0;
            List<IndexedInnovation> batch;
            while (!(batch = source.publishedAfter(after, BATCH)).isEmpty()) {
                after = batch.getLast().id();
                List<IndexedInnovation> next = batch;
                inFlight.acquireUninterruptibly();
                added.add(analysers.submit(() -> {
                    try {
                        generation.add(next);
                        indexed.addAndGet(next.size());
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            }
            for (Future<?> future : added) {
                future.get();
            }
            flushInParallel(generation, analysers, threads);
            build.commit(new OutboxWindow(start.snapshot(), start.takenAtNanos(), lastChange, List.of(), List.of()), identity);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Analysing a batch failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The rebuild was interrupted", e);
        }
        finishedAt = System.currentTimeMillis();
        LOG.infof("Search index rebuilt: %d innovations in %d ms", indexed.get(), finishedAt - startedAt);
    }

    /**
     * Writes the analysers' in-memory segments on every core: left to the commit, one thread writes them one after
     * the other while the other cores wait.
     */
    private static void flushInParallel(IndexGeneration generation, ExecutorService analysers, int threads)
            throws InterruptedException, ExecutionException {
        List<Future<Boolean>> flushes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            flushes.add(analysers.submit(() -> generation.writer().flushNextBuffer()));
        }
        for (Future<Boolean> flush : flushes) {
            flush.get();
        }
    }
}
