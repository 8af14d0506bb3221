package id.lumbung.search.index;

import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.SearchVocabulary;
import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps this node's index in step with PostgreSQL: at start it opens the index (or rebuilds it when it is
 * missing, unreadable or of another database), then applies the outbox every poll interval. Every node runs its
 * own indexer over the shared outbox. It decides when the index must be rebuilt (see {@link RebuildReason}) and
 * whether the node is ready ({@link #health()}).
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);
    /** A failed rebuild is tried again after this long (the database may be back, the disk freed). */
    private static final Duration REBUILD_RETRY = Duration.ofSeconds(5);
    private static final Duration REPEAT_LOG = Duration.ofMinutes(1);

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

    @Inject
    MeterRegistry metrics;

    private volatile boolean started;
    private volatile boolean paused;
    private volatile RebuildReason pendingRebuild;
    private volatile Instant lastRebuildFailure = Instant.EPOCH;
    private volatile boolean databaseReachable = true;
    private volatile Instant lastPoll = Instant.now();
    private volatile Instant writeFailingSince;
    private volatile String problem;
    private volatile Instant lastProblemLogged = Instant.EPOCH;

    /** Whether the node should get traffic, and why not. */
    public record Health(boolean ready, IndexState state, RebuildReason rebuilding, Duration lag,
            boolean databaseReachable, String problem) {
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    /** Opens the index (or starts rebuilding it) and starts applying the outbox; also what a restart does. */
    public synchronized void start() {
        started = false;
        Optional<DatabaseIdentity> identity = Optional.empty();
        try {
            identity = Optional.of(outbox.databaseIdentity());
        } catch (OutboxReadException e) {
            // Never discard an index only because the database cannot be reached: its identity is checked later.
            LOG.warn("Cannot identify the database; keeping the search index and checking it when the database is back: "
                    + e.getMessage());
        }
        Optional<RebuildReason> rebuild = index.openExisting(identity);
        lastPoll = Instant.now();
        started = true;
        rebuild.ifPresent(this::requestRebuild);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops applying the outbox (the service stops, or a test simulates it). */
    public synchronized void stop() {
        started = false;
    }

    @Scheduled(identity = "search-index-poll", every = "{lumbung.search.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!started || paused) {
            return;
        }
        lastPoll = Instant.now();
        startPendingRebuild();
        if (!index.serving() || rebuildingAfterInconsistency()) {
            return;
        }
        try {
            if (index.catchUp(outbox::read)) {
                vocabulary.markStale(); // acronyms of published innovations are synonyms
            }
            databaseReachable = true;
            writeSucceeded();
        } catch (OutboxReadException e) {
            // Searches keep answering from the index; the next poll retries.
            databaseReachable = !e.databaseUnreachable();
            report(e.getMessage());
        } catch (IndexInconsistentException e) {
            LOG.warn(e.getMessage() + "; rebuilding the search index");
            requestRebuild(e.reason());
        } catch (IOException | RuntimeException e) {
            writeFailed(e);
        }
    }

    private boolean rebuildingAfterInconsistency() {
        RebuildReason running = rebuilder.running() ? rebuilder.progress().reason() : pendingRebuild;
        return running != null && !running.previousIndexSound();
    }

    /**
     * Rebuilds the index as soon as possible: now unless a rebuild runs already (a running rebuild builds from the
     * database as it is, which serves every reason).
     *
     * @return whether a rebuild started now
     */
    public boolean requestRebuild(RebuildReason reason) {
        if (rebuilder.running()) {
            return false;
        }
        pendingRebuild = reason;
        lastRebuildFailure = Instant.EPOCH;
        return startPendingRebuild();
    }

    private synchronized boolean startPendingRebuild() {
        RebuildReason reason = pendingRebuild;
        if (reason == null || !started || paused || Instant.now().isBefore(lastRebuildFailure.plus(REBUILD_RETRY))) {
            return false;
        }
        if (rebuilder.startAsync(reason, failure -> rebuildFailed(reason, failure))) {
            pendingRebuild = null;
            return true;
        }
        return false;
    }

    private void rebuildFailed(RebuildReason reason, Exception failure) {
        LOG.error("Rebuilding the search index (" + reason + ") failed; retrying in " + REBUILD_RETRY.toSeconds() + " s",
                failure);
        lastRebuildFailure = Instant.now();
        if (pendingRebuild == null) {
            pendingRebuild = reason;
        }
    }

    private void writeSucceeded() {
        if (writeFailingSince != null) {
            LOG.info("The search index is written again");
            writeFailingSince = null;
            index.writeFailing(false);
        }
        problem = null;
    }

    private void writeFailed(Exception failure) {
        Instant now = Instant.now();
        if (writeFailingSince == null) {
            writeFailingSince = now;
            LOG.error("Cannot write the search index; retrying", failure);
        } else {
            report("Cannot write the search index since " + writeFailingSince + ": " + failure);
        }
        index.writeFailing(true);
        metrics.counter("lumbung.index.write.failures").increment();
        problem = "index writes failing: " + failure;
        try {
            if (index.writerBroken()) {
                index.reopenFromLastCommit();
            }
        } catch (IOException | RuntimeException reopen) {
            LOG.error("The search index cannot be reopened; rebuilding it", reopen);
            requestRebuild(RebuildReason.write_failed);
            return;
        }
        if (Duration.between(writeFailingSince, now).compareTo(config.writeFailureRebuildAfter()) >= 0) {
            LOG.error("Writing the search index has failed for " + config.writeFailureRebuildAfter() + "; rebuilding it");
            requestRebuild(RebuildReason.write_failed);
        }
    }

    /** The current generation's files failed their checksums: searches answer 503 until a rebuild replaces it. */
    void onDamaged(@Observes IndexDamaged damaged) {
        LOG.error("The search index is damaged; rebuilding it", damaged.failure());
        requestRebuild(RebuildReason.corrupt);
    }

    private void report(String message) {
        boolean newProblem = !message.equals(problem);
        problem = message;
        if (newProblem || Duration.between(lastProblemLogged, Instant.now()).compareTo(REPEAT_LOG) >= 0) {
            LOG.warn(message + " (the search index keeps answering; retrying every " + config.pollInterval() + ")");
            lastProblemLogged = Instant.now();
        }
    }

    /**
     * Ready: a sound index serves searches, is not being replaced because it is wrong, is written successfully, and
     * has applied every commit up to {@code lumbung.search.readiness-max-lag} ago. While PostgreSQL cannot be reached
     * nothing new can commit, so the lag does not count: the node keeps answering from its index.
     */
    public Health health() {
        Duration lag = index.positionAge();
        RebuildReason rebuilding = rebuilder.running() ? rebuilder.progress().reason() : pendingRebuild;
        String why = null;
        if (!started) {
            why = "the indexer has not started";
        } else if (!index.serving()) {
            why = "no searchable index yet" + (rebuilding == null ? "" : " (building: " + rebuilding + ")");
        } else if (rebuilding != null && !rebuilding.previousIndexSound()) {
            why = "rebuilding the index (" + rebuilding + ")";
        } else if (writeFailingSince != null) {
            why = problem;
        } else if (Duration.between(lastPoll, Instant.now()).compareTo(config.readinessMaxLag()) > 0) {
            why = "the indexer has not run since " + lastPoll;
        } else if (databaseReachable && lag.compareTo(config.readinessMaxLag()) > 0) {
            why = "the index is " + lag.toSeconds() + " s behind the database";
        }
        return new Health(why == null, index.state(), rebuilding, lag, databaseReachable, why != null ? why : problem);
    }

    /**
     * Waits until every write committed before this call is searchable on this node.
     *
     * @return whether it became searchable within the timeout
     */
    public boolean awaitIndexed(Duration timeout) throws IOException {
        try {
            return index.awaitApplied(System.nanoTime(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Test hook: stop applying the outbox and starting rebuilds without stopping the service. */
    void pause(boolean pause) {
        this.paused = pause;
    }
}
