package id.lumbung.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.search.IndexSearcher;

/**
 * Whether the current generation's files are sound. Once their checksums fail, the generation is not searched any
 * more and {@link IndexDamaged} is fired (once), so the indexer rebuilds it; a new or reopened generation is sound
 * again.
 */
@ApplicationScoped
class IndexIntegrity {

    /** A search that fails reading the index has the files' checksums verified, at most this often. */
    private static final long FAILED_SEARCH_CHECK_EVERY = Duration.ofSeconds(10).toNanos();

    @Inject
    Event<IndexDamaged> damaged;

    private volatile boolean corrupt;
    private volatile long lastFailedSearchCheck = System.nanoTime() - FAILED_SEARCH_CHECK_EVERY;

    boolean corrupt() {
        return corrupt;
    }

    /** A generation was opened or swapped in: nothing is known against it. */
    void reset() {
        corrupt = false;
    }

    /**
     * A search failed reading the index, which may be a damaged file: verifies the files unless that was done
     * recently.
     *
     * @return whether the files are now known to be damaged
     */
    boolean damagedAfterFailedRead(IndexSearcher searcher) {
        long now = System.nanoTime();
        if (now - lastFailedSearchCheck <= FAILED_SEARCH_CHECK_EVERY) {
            return false;
        }
        lastFailedSearchCheck = now;
        return !verify(searcher);
    }

    /** Verifies the checksums of every file the searcher reads; marks the generation damaged when one fails. */
    boolean verify(IndexSearcher searcher) {
        try {
            IndexGeneration.checkIntegrity(searcher);
            return true;
        } catch (IOException e) {
            if (!corrupt) {
                corrupt = true;
                damaged.fire(new IndexDamaged(e));
            }
            return false;
        }
    }
}
