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

    /** Outbox rows older than this are pruned; an index whose last commit is older is rebuilt at start. */
    @WithDefault("7d")
    Duration outboxRetention();

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
     * How many threads one search may use: its segments are shared out over this many slices, searched at once
     * (the request's own thread takes part). 1 searches on the request's thread alone.
     */
    @WithDefault("2")
    int threadsPerSearch();

    /** A search that runs longer is cut short and answers with what it found (partial: true). */
    @WithDefault("2s")
    Duration queryTimeout();

    /** How long ?wait_for=indexed waits for a write to become searchable. */
    @WithDefault("5s")
    Duration waitForIndexedTimeout();
}
