package id.lumbung.search.index;

/** What the index can do right now; searches report it. */
public enum IndexState {
    /** Opening at start. */
    opening,
    /** Up to date with the outbox (within the poll interval). */
    ready,
    /** Being built from PostgreSQL; searches answer from the previous index, or nothing if there is none. */
    rebuilding,
    /** The index could not be opened or built; see the log. */
    failed
}
