package id.lumbung.search;

import id.lumbung.search.analysis.Stemmer;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "lumbung.search")
public interface SearchConfig {

    /**
     * Indonesian stemmer of index and queries: {@code lucene} (rule-based) or {@code sastrawi}
     * (dictionary-based). Changing it rebuilds the index at the next start. See docs/benchmarks.md.
     */
    @WithDefault("lucene")
    Stemmer stemmer();

    /** How often the indexer looks for committed changes in the outbox. */
    @WithDefault("200ms")
    Duration pollInterval();

    /**
     * How often the indexer commits the index (makes what it applied durable on disk, with the outbox position it
     * reflects). Changes are searchable at every poll regardless; after a crash the indexer applies the outbox again
     * from the last commit, so this bounds that replay. Fewer commits write fewer, larger segments under a bulk load.
     */
    @WithDefault("5s")
    Duration commitInterval();

    /**
     * An outbox row that every live node has applied is pruned once it is older than this (never before: a node that
     * starts a rebuild registers its position within this time).
     */
    @WithDefault("1h")
    Duration outboxRetention();

    /** How often a node records its position in the node registry and checks the database's identity. */
    @WithDefault("5s")
    Duration heartbeatInterval();

    /** How often a node prunes the outbox of rows every live node has applied. */
    @WithDefault("1m")
    Duration pruneInterval();

    /**
     * A node without a heartbeat for this long no longer holds back pruning; when it comes back it finds the outbox
     * pruned past its position and rebuilds its index.
     */
    @WithDefault("1d")
    Duration nodeExpiry();

    /**
     * Readiness fails while the index is further behind the database than this (or the indexer has not run for this
     * long). Not counted while the database cannot be reached: nothing new can commit then.
     */
    @WithDefault("30s")
    Duration readinessMaxLag();

    /** When writing the index has failed for this long (disk full, damaged files), the index is rebuilt. */
    @WithDefault("1m")
    Duration writeFailureRebuildAfter();

    /** How often every file of the index is checked against its checksum (damaged files: 503 and a rebuild). */
    @WithDefault("1h")
    Duration integrityCheckInterval();

    /** Longest accepted query text; longer gets 400. */
    @WithDefault("1000")
    int maxQueryLength();

    /** Words of a query beyond this many are ignored (bounds the clause count). */
    @WithDefault("32")
    int maxQueryTerms();

    /**
     * How many of the best matches by the words alone a relevance search ranks with the full relevance query
     * (synonyms, concepts, field weights, evidence); later pages go on in the order of the words alone.
     */
    @WithDefault("100")
    int rankingWindow();

    /**
     * How far the themes of a relevance search's best three hits lift the ranked hits that share them, as a share of
     * the best hit's score (docs/search.md, "Ranking", step 4); 0 turns the feedback off. A finite number, at least 0.
     */
    @WithDefault("1.0")
    double themeFeedback();

    /**
     * How many threads one search may use: its segments are shared out over this many slices, searched at once
     * (the request's own thread takes part). 1 searches on the request's thread alone.
     */
    @WithDefault("2")
    int threadsPerSearch();

    /**
     * A search counts its matches and facet values exactly up to about this many matches; above it, each index segment
     * is counted up to its share and the answer says so ({@code total_relation: "gte"}, {@code facets_sampled: true}):
     * the total and the counts are then lower bounds, and the first page is still ranked over every match. 0 counts
     * every match always; a request can ask for exact counts with {@code exact_counts=true}.
     */
    @WithDefault("10000")
    int exactCountLimit();

    /** A search that runs longer is cut short and answers with what it found (partial: true). */
    @WithDefault("2s")
    Duration queryTimeout();

    /** How long ?wait_for=indexed waits for a write to become searchable. */
    @WithDefault("5s")
    Duration waitForIndexedTimeout();
}
