package id.lumbung.search.index;

import java.time.Duration;

/**
 * When the live generation commits: windows are written and made searchable as they come, and committed with their
 * outbox position at most every commit interval (decision 198), and on closing. Holds the position of the last
 * commit: where the indexer resumes after a crash, and what the node registry records so that the outbox keeps the
 * rows since.
 */
final class CommitPacing {

    private volatile OutboxPosition committed = OutboxPosition.START;
    private long committedAtNanos = System.nanoTime();
    /** The newest window in the writer, and whether any window since the last commit changed something. */
    private OutboxWindow latest;
    private boolean pending;

    /** A window is in the writer (an empty one too: its position is as good a commit point as the last one's). */
    synchronized void applied(OutboxWindow window, boolean changed) {
        latest = window;
        pending |= changed;
    }

    /**
     * The window to commit now: the newest one, when changes wait to be committed and the last commit is at least
     * {@code interval} old; null otherwise.
     */
    synchronized OutboxWindow due(Duration interval) {
        return pending && System.nanoTime() - committedAtNanos >= interval.toNanos() ? latest : null;
    }

    /** The generation was committed (or opened from its last commit) at this position. */
    synchronized void committed(OutboxPosition position) {
        committed = position;
        committedAtNanos = System.nanoTime();
        pending = false;
        latest = null;
    }

    OutboxPosition position() {
        return committed;
    }
}
