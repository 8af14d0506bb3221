package id.lumbung.search.index;

import java.time.Duration;

/**
 * When the live generation commits: windows are written and made searchable as they come, and committed with their
 * outbox position at most every commit interval (decision 198). Holds the position of the last commit: where the
 * indexer resumes after a crash, and what the node registry records so that the outbox keeps the rows since.
 */
final class CommitPacing {

    private volatile OutboxPosition committed = OutboxPosition.START;
    private long committedAtNanos = System.nanoTime();
    private boolean pending;

    /** A window was written to the generation and not committed yet. */
    synchronized void written() {
        pending = true;
    }

    /** Whether something waits to be committed and the last commit is at least {@code interval} old. */
    synchronized boolean due(Duration interval) {
        return pending && System.nanoTime() - committedAtNanos >= interval.toNanos();
    }

    /** The generation was committed (or opened from its last commit) at this position. */
    synchronized void committed(OutboxPosition position) {
        committed = position;
        committedAtNanos = System.nanoTime();
        pending = false;
    }

    OutboxPosition position() {
        return committed;
    }
}
