package id.lumbung.search.index;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The outbox position an index has applied, the last outbox row it applied, and when its snapshot was taken (its
 * age is the indexer's lag). It is
 * also the monitor that waiting writers ({@code wait_for=indexed}) and searches waiting for a first index sleep on.
 */
final class AppliedPosition {

    private volatile OutboxPosition position = OutboxPosition.START;
    private volatile LastChange lastChange = LastChange.NONE;
    /** System.nanoTime() when the snapshot was taken; long ago until the first window is applied. */
    private volatile long takenAt = System.nanoTime() - Duration.ofDays(365).toNanos();

    OutboxPosition get() {
        return position;
    }

    LastChange lastChange() {
        return lastChange;
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - takenAt);
    }

    long takenAt() {
        return takenAt;
    }

    synchronized void advance(OutboxPosition to, LastChange last, long takenAtNanos) {
        position = to;
        lastChange = last;
        takenAt = takenAtNanos;
        notifyAll();
    }

    /** Wakes every waiter to check its condition again (another generation became current). */
    synchronized void changed() {
        notifyAll();
    }

    /** Waits until a window whose snapshot was taken at or after {@code sinceNanos} is applied. */
    boolean awaitTakenSince(long sinceNanos, Duration timeout) throws InterruptedException {
        return await(() -> takenAt - sinceNanos >= 0, timeout);
    }

    /** Waits until the condition holds, checked whenever the position or the generation changes. */
    synchronized boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
