package id.lumbung.search.index;

/** What the index can do right now; searches and /api/v1/search/index report it. */
public enum IndexState {
    /** Opening at start. */
    opening,
    /** Searchable and applying the outbox. */
    ready,
    /**
     * Being built from PostgreSQL (see the reason in /api/v1/search/index); searches answer from the previous index
     * while it is sound, or 503 when there is none.
     */
    rebuilding,
    /** Searchable, but the latest changes cannot be written to the index (disk full, damaged files); retrying. */
    failing,
    /** No usable index: the build failed (see the log) and is retried. Searches answer 503. */
    failed
}
