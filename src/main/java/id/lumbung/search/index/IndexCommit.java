package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import java.time.Instant;
import java.util.Map;

/**
 * What each commit of an index generation records in Lucene's commit user data: the outbox position it reflects
 * and the last outbox row it applied, the database it was built from, and how its documents were analysed.
 */
record IndexCommit(OutboxPosition position, LastChange lastChange, DatabaseIdentity database, String stemmer,
        String schema) {

    static final String POSITION = "outbox_position";
    static final String LAST_CHANGE = "outbox_last_change";
    /** The single bound that indexes recorded before positions were snapshots. */
    static final String LEGACY_BOUND = "outbox_bound";
    static final String COMMITTED_AT = "committed_at";
    static final String DATABASE = "database";
    static final String TIMELINE = "timeline";
    static final String STEMMER = "stemmer";
    static final String SCHEMA = "schema";

    /** A commit of documents analysed with {@code analysis}. */
    static IndexCommit analysedAs(IndonesianAnalysis analysis, OutboxWindow applied, DatabaseIdentity database) {
        return new IndexCommit(applied.position(), applied.lastChange(), database, analysis.stemmer().name(),
                InnovationDocuments.SCHEMA_VERSION);
    }

    static IndexCommit read(Map<String, String> data) {
        String snapshot = data.get(POSITION);
        OutboxPosition position = snapshot != null ? OutboxPosition.parse(snapshot)
                : OutboxPosition.below(Long.parseLong(data.getOrDefault(LEGACY_BOUND, "0")));
        DatabaseIdentity database = new DatabaseIdentity(data.getOrDefault(DATABASE, ""),
                Long.parseLong(data.getOrDefault(TIMELINE, "0")));
        return new IndexCommit(position, LastChange.parse(data.get(LAST_CHANGE)), database, data.get(STEMMER),
                data.get(SCHEMA));
    }

    Map<String, String> data() {
        return Map.of(POSITION, position.toString(), LAST_CHANGE, lastChange.toString(),
                COMMITTED_AT, Instant.now().toString(),
                DATABASE, database.database(), TIMELINE, Long.toString(database.timeline()),
                STEMMER, stemmer, SCHEMA, schema);
    }

    /** Whether the documents were analysed as {@code analysis} would (same stemmer, same document schema). */
    boolean analysedAs(IndonesianAnalysis analysis) {
        return analysis.stemmer().name().equals(stemmer) && InnovationDocuments.SCHEMA_VERSION.equals(schema);
    }
}
