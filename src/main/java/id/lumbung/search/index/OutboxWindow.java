package id.lumbung.search.index;

import java.io.IOException;
import java.util.Collection;

/**
 * One window of outbox changes to apply: the position they bring the index to (its snapshot taken at
 * {@code takenAtNanos}), the documents to write and the innovations to remove.
 */
public record OutboxWindow(OutboxPosition position, long takenAtNanos, Collection<IndexedInnovation> upserts,
        Collection<Long> deletions) {

    boolean isEmpty() {
        return upserts.isEmpty() && deletions.isEmpty();
    }

    /** Reads the window that follows an outbox position from the database. */
    @FunctionalInterface
    public interface Reader {
        OutboxWindow read(OutboxPosition from) throws IOException;
    }
}
