package id.lumbung.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private record Loaded(IndexSource.Batch batch, long lastId) {
    }

    /** The next batch of published innovations after {@code afterId}; null when there are no more. */
    private Loaded load(long afterId) {
        List<Long> ids = source.publishedIds(afterId, BATCH);
        return ids.isEmpty() ? null : new Loaded(source.load(ids), ids.getLast());
    }

    private void rebuildNow() throws IOException {
        index.markRebuilding();
        indexed.set(0);
        startedAt = System.currentTimeMillis();
        long bound = outbox.completedBound();
        SearchIndex.Generation generation = index.createGeneration();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "lumbung-rebuild-reader"));
        try {
            // Reading the next batch from PostgreSQL overlaps with analysing the current one: two cores busy.
            CompletableFuture<Loaded> next = CompletableFuture.supplyAsync(() -> load(0), reader);
            while (true) {
                Loaded loaded = next.join();
                if (loaded == null) {
                    break;
                }
                next = CompletableFuture.supplyAsync(() -> load(loaded.lastId()), reader);
                SearchIndex.write(generation, new SearchIndex.Changes(bound, loaded.batch().published(), List.of()));
                indexed.addAndGet(loaded.batch().published().size());
            }
            index.swap(generation, bound);
        } catch (IOException | RuntimeException e) {
            generation.close();
            SearchIndex.deleteRecursively(generation.path());
            throw e;
        } finally {
            reader.shutdownNow();
        }
        finishedAt = System.currentTimeMillis();
        LOG.infof("Search index rebuilt: %d innovations in %d ms", indexed.get(), finishedAt - startedAt);
    }
}
