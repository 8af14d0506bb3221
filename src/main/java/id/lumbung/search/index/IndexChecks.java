package id.lumbung.search.index;

import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * What the indexer checks besides applying the outbox: this node's heartbeat in the registry, that the database is
 * still the one the index was built from, how many outbox rows wait, and that the index files are sound.
 */
@ApplicationScoped
public class IndexChecks {

    private static final Logger LOG = Logger.getLogger(IndexChecks.class);

    @Inject
    SearchIndex index;

    @Inject
    OutboxIndexer indexer;

    @Inject
    OutboxReader outbox;

    @Inject
    NodeRegistry nodes;

    private volatile long backlog = -1;

    /** Outbox rows of committed transactions this node has not applied yet, as of the last heartbeat; -1 before. */
    public long backlog() {
        return backlog;
    }

    @Scheduled(identity = "search-index-heartbeat", every = "{lumbung.search.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        try {
            nodes.heartbeat();
            checkDatabase();
            if (index.serving()) {
                backlog = outbox.backlog(index.position());
            }
        } catch (OutboxReadException e) {
            LOG.debug("Heartbeat failed; the indexer reports the database's state", e);
        }
    }

    /** A database that is not the one the index was built from (restored, re-created, failed over) rebuilds it. */
    void checkDatabase() throws OutboxReadException {
        if (!index.serving()) {
            return;
        }
        DatabaseIdentity now = outbox.databaseIdentity();
        DatabaseIdentity built = index.databaseIdentity();
        if (!now.database().equals(built.database())) {
            LOG.warnf("The database is %s, the search index was built from %s; rebuilding", now.database(),
                    built.database());
            indexer.requestRebuild(RebuildReason.foreign);
        } else if (now.timeline() != built.timeline()) {
            LOG.warnf("The database moved from timeline %d to %d (restored or failed over); rebuilding the search index",
                    built.timeline(), now.timeline());
            indexer.requestRebuild(RebuildReason.timeline);
        }
    }

    /** Lucene verifies checksums only when it merges; damaged files are found here, and after a failed search. */
    @Scheduled(identity = "search-index-integrity", every = "{lumbung.search.integrity-check-interval}",
            delayed = "{lumbung.search.integrity-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void checkIntegrity() {
        try {
            index.checkIntegrity();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Checking the search index failed", e);
        }
    }
}
