package id.lumbung.search.index;

import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.SearchVocabulary;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps this node's index in step with PostgreSQL: at start it opens the index (or rebuilds it when it is
 * missing, unreadable or older than the outbox retention), then applies the outbox every poll interval.
 * Every node runs its own indexer over the shared outbox.
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);

    @Inject
    SearchIndex index;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    OutboxReader outbox;

    @Inject
    SearchConfig config;

    @Inject
    SearchVocabulary vocabulary;

    private ScheduledExecutorService scheduler;
    private volatile boolean paused;
    private volatile Instant lastFailureLogged = Instant.EPOCH;

    void onStart(@Observes StartupEvent event) {
        start();
    }

    /** Opens or rebuilds the index and starts polling; also what a restart does. */
    public synchronized void start() {
        stop();
        IndonesianAnalysis.useStemmer(config.stemmer());
        try {
            index.useDatabase(outbox.databaseIdentity());
        } catch (IOException e) {
            LOG.warn("Cannot identify the database; the search index will be rebuilt when it is reachable: " + e);
        }
        Optional<Instant> committedAt = index.openExisting();
        Instant oldest = Instant.now().minus(config.outboxRetention());
        if (committedAt.isEmpty() || committedAt.get().isBefore(oldest)) {
            rebuilder.startAsync();
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lumbung-indexer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    private void poll() {
        if (paused) {
            return;
        }
        try {
            if (index.catchUp(outbox::read)) {
                vocabulary.markStale(); // acronyms of published innovations are synonyms
            }
        } catch (IOException | RuntimeException e) {
            // PostgreSQL unreachable or a bad row: searches keep answering from the index; retry next poll.
            if (Duration.between(lastFailureLogged, Instant.now()).toSeconds() >= 60) {
                LOG.warn("The search indexer cannot read the outbox; retrying: " + e);
                lastFailureLogged = Instant.now();
            }
        }
    }

    private void prune() {
        try {
            outbox.prune(config.outboxRetention());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Outbox pruning failed", e);
        }
    }

    /**
     * Waits until every write committed before this call is searchable on this node.
     *
     * @return whether it became searchable within the timeout
     */
    public boolean awaitIndexed(Duration timeout) throws IOException {
        long target = outbox.currentPosition();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (index.appliedBound() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** For tests of crash recovery: stop applying the outbox without stopping the service. */
    void pause(boolean pause) {
        this.paused = pause;
    }
}
