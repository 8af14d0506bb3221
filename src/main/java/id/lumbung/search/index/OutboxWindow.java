package id.lumbung.search.index;

import java.io.IOException;
import java.util.Collection;

/**
 * One window of outbox changes to apply: the position they bring the index to (its snapshot taken at
 * {@code takenAtNanos}), the newest outbox row applied with it (the previous one when the window brings none),
 * the documents to write and the innovations to remove.
 */
public record OutboxWindow(OutboxPosition position, long takenAtNanos, LastChange lastChange,
        Collection<IndexedInnovation> upserts, Collection<Long> deletions) {

    boolean isEmpty() {
        return upserts.isEmpty() && deletions.isEmpty();
    }

    /** Reads the window that follows an outbox position from the database. */
    @FunctionalInterface
    public interface Reader {
        OutboxWindow read(OutboxPosition from, LastChange lastChange) throws IOException;
    }
}
