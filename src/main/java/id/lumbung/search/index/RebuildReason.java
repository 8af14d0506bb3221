package id.lumbung.search.index;

/** Why this node's index is (re)built from PostgreSQL. */
public enum RebuildReason {
    /** No index on disk (a new node, or its data directory was emptied). */
    missing(false),
    /** The index on disk belongs to another database, stemmer or document schema. */
    foreign(false),
    /** Its files are damaged (failed checksums) or cannot be opened. */
    corrupt(false),
    /** Writing to it kept failing. */
    write_failed(false),
    /** The outbox was pruned past its position (the node was away longer than the node expiry). */
    behind_horizon(false),
    /** The database is behind its position: restored from a backup or failed over with lost commits. */
    database_behind(false),
    /**
     * The database moved to a new timeline: restored to a point in time, or a replica was promoted. Commits may
     * have been lost; the index is most likely still right, so the node keeps serving it meanwhile.
     */
    timeline(true),
    /** An administrator asked for it (POST /api/v1/search/index/rebuild). */
    requested(true);

    private final boolean previousIndexSound;

    RebuildReason(boolean previousIndexSound) {
        this.previousIndexSound = previousIndexSound;
    }

    /** Whether the index being replaced is still right meanwhile, so the node stays ready while it rebuilds. */
    public boolean previousIndexSound() {
        return previousIndexSound;
    }
}
