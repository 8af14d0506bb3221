package id.lumbung.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong indexed = new AtomicLong();
    private volatile long startedAt;
    private volatile long finishedAt;

    /** Progress of the running or last rebuild. */
    public record Progress(boolean running, long documentsIndexed, long startedAtMillis, long finishedAtMillis) {
    }

    public Progress progress() {
        return new Progress(running.get(), indexed.get(), startedAt, finishedAt);
    }

    /** Starts a rebuild in the background unless one is running; returns whether it started. */
    public boolean startAsync() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        CompletableFuture.runAsync(() -> {
            try {
                rebuildNow();
            } catch (IOException | RuntimeException e) {
                LOG.error("Rebuilding the search index failed", e);
                index.markFailed();
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    private void rebuildNow() throws IOException {
        index.markRebuilding();
        indexed.set(0);
        startedAt = System.currentTimeMillis();
        long bound = outbox.completedBound();
        SearchIndex.Generation generation = index.createGeneration(REBUILD_RAM_BUFFER_MB);
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger number = new AtomicInteger();
        ExecutorService analysers = Executors.newFixedThreadPool(threads,
                task -> new Thread(task, "lumbung-rebuild-" + number.incrementAndGet()));
        try {
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
                        SearchIndex.add(generation, next);
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
            index.swap(generation, bound);
        } catch (IOException | RuntimeException e) {
            discard(generation);
            throw e;
        } catch (ExecutionException e) {
            discard(generation);
            throw e.getCause() instanceof IOException io ? io : new IOException("Analysing a batch failed", e.getCause());
        } catch (InterruptedException e) {
            discard(generation);
            Thread.currentThread().interrupt();
            throw new IOException("The rebuild was interrupted", e);
        } finally {
            analysers.shutdownNow();
        }
        finishedAt = System.currentTimeMillis();
        LOG.infof("Search index rebuilt: %d innovations in %d ms", indexed.get(), finishedAt - startedAt);
    }

    /**
     * Writes the analysers' in-memory segments on every core: left to the commit, one thread writes them one after
     * the other while the other cores wait.
     */
    private static void flushInParallel(SearchIndex.Generation generation, ExecutorService analysers, int threads)
            throws InterruptedException, ExecutionException {
        List<Future<Boolean>> flushes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            flushes.add(analysers.submit(() -> generation.writer().flushNextBuffer()));
        }
        for (Future<Boolean> flush : flushes) {
            flush.get();
        }
    }

    private static void discard(SearchIndex.Generation generation) {
        generation.close();
        SearchIndex.deleteRecursively(generation.path());
    }
}
