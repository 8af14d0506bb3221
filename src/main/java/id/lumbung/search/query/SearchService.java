package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.QueryAnalyzers;
import id.lumbung.search.analysis.SearchVocabulary;
import id.lumbung.search.analytics.SearchLog;
import id.lumbung.search.index.SearchIndex;
import id.lumbung.search.query.SearchRequest.SearchSort;
import id.lumbung.search.query.SearchResult.FacetValue;
import id.lumbung.search.query.SearchResult.Hit;
import id.lumbung.search.query.SearchResult.RegionMatch;
import id.lumbung.search.query.TextQueryBuilder.TextQueries;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a search: text query, filters the query cannot override (only published innovations are ever in
 * the index), facets counted on the filtered results with each facet ignoring its own filter (drill
 * sideways), highlighted snippets, cursor pagination and "did you mean". A cheap query on the words alone
 * finds and counts every match without scores ({@link FacetCounter}) and picks the best of them; the full
 * relevance query ranks those ({@link RelevanceRanker}). See docs/search.md.
 */
@ApplicationScoped
public class SearchService {

    private static final int FACET_TOP = 50;

    @Inject
    SearchIndex index;

    @Inject
    SearchVocabulary vocabulary;

    @Inject
    SearchConfig config;

    @Inject
    FacetLabels labels;

    @Inject
    HitReader hits;

    @Inject
    RelevanceRanker ranker;

    @Inject
    FacetCounter facetCounter;

    @Inject
    SearchLog searchLog;

    /** Helpers for the slices of a search beyond the one the request's own thread searches; null for none. */
    private ExecutorService sliceThreads;

    @PostConstruct
    void startSliceThreads() {
        int helpers = config.threadsPerSearch() - 1;
        if (helpers < 1) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        sliceThreads = Executors.newFixedThreadPool(helpers, task -> {
            Thread thread = new Thread(task, "lumbung-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stopSliceThreads() {
        if (sliceThreads != null) {
            sliceThreads.shutdownNow();
        }
    }

    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        UserQuery parsed = parse(request.q());
        QueryAnalyzers analyzers = vocabulary.current();
        RegionMatch region = RegionQueries.match(parsed, analyzers.regions());
        try {
            SearchResult result = index.withSearcher(shared -> {
                TextQueryBuilder.WordFrequency frequency = wordFrequency(shared.getIndexReader());
                IndexWords indexWords = new IndexWords(shared.getIndexReader());
                UserQuery read = SpellingAlternatives.of(RegionQueries.withoutTierAbbreviations(parsed, analyzers),
                        analyzers, frequency, indexWords);
                return run(shared, request, new Read(read, region),
                        new TextQueryBuilder(analyzers, frequency, indexWords).build(read), start);
            });
            if (result == null) {
                return empty(start, region);
            }
            if (request.cursor() == null && !parsed.isEmpty()) {
                searchLog.searched(request.q(), result.total() > 0 || result.regionMatch() != null);
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("is too complex; use fewer words");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TextQueryBuilder.WordFrequency wordFrequency(IndexReader reader) {
        return new TextQueryBuilder.WordFrequency() {
            @Override
            public int documentsWith(String field, String term) {
                try {
                    return reader.docFreq(new Term(field, term));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public int documents() {
                return reader.numDocs();
            }
        };
    }

    UserQuery parse(String q) {
        if (q != null && q.length() > config.maxQueryLength()) {
            throw new InvalidQueryException("must have at most " + config.maxQueryLength() + " characters");
        }
        return new UserQueryParser(config.maxQueryTerms()).parse(q);
    }

    /** The query as read (with the spellings its misspelt words were also searched as), and the region it names. */
    private record Read(UserQuery query, RegionMatch region) {
    }

    private SearchResult run(IndexSearcher shared, SearchRequest request, Read read, TextQueries text, long start)
            throws IOException {
        // A private searcher per request, so the time limit applies to this search only.
        IndexSearcher searcher = new BalancedSearcher(shared.getIndexReader(), sliceThreads, config.threadsPerSearch());
        searcher.setSimilarity(shared.getSimilarity());
        QueryTimeoutImpl timeout = new QueryTimeoutImpl(config.queryTimeout().toMillis());
        searcher.setTimeout(timeout);
        SearchCursor.Position position = SearchCursor.decode(request.sort(), request.cursor());
        // A relevance search with words ranks a window of its best matches with the full query; the window is
        // chosen by the words alone (the evidence boosts are part of the ranking), a plain disjunction that skips
        // well. Pages past the window go on in the same order.
        boolean windowed = request.sort() == SearchSort.relevance && text.ranking() != null;
        if (position != null && windowed == (position.kind() == SearchCursor.Kind.SORTED)) {
            throw new InvalidCursorException();
        }
        Query words = baseQuery(request, text.recall(), !windowed);
        List<FacetFilter> filters = FacetFilter.of(request);
        // Counting and facets visit every match up to the exact-count limit (decision 205), without scores; choosing
        // the top hits is a separate pass over every match that scores only documents that can still compete
        // (block-max WAND).
        FacetCounter.Counts counts = facetCounter.count(searcher, words, filters,
                request.exactCounts() ? 0 : config.exactCountLimit());
        Query matching = FacetFilter.applied(words, filters);
        ResultPage page = windowed ? windowedPage(searcher, matching, request, text, position, counts.total())
                : ResultPage.sorted(request.sort(), searcher.search(matching, new TopFieldCollectorManager(sort(request.sort()),
                        request.limit(), position == null ? null : position.sortAfter(), request.limit())), request.limit(),
                        counts.total());
        List<Hit> hitList = hits.read(searcher, page.topDocs(), text.highlight());
        String didYouMean = counts.total() < 3 && !read.query().isEmpty()
                ? SpellingSuggester.suggest(read.query()) : null;
        return new SearchResult(counts.total(), SearchResult.relation(counts.complete()), hitList, facets(counts),
                !counts.complete(), page.nextCursor(), didYouMean, elapsed(start), index.state().name(), timeout.shouldExit(),
                read.region());
    }

    private ResultPage windowedPage(IndexSearcher searcher, Query recall, SearchRequest request, TextQueries text,
            SearchCursor.Position position, long total) throws IOException {
        if (position != null && position.kind() == SearchCursor.Kind.RECALL) {
            ScoreDoc after = position.recallAfter();
            // A cursor from before a merge may name a document number the index no longer has.
            int maxDoc = searcher.getIndexReader().maxDoc();
            ScoreDoc bounded = after.doc < maxDoc ? after : new ScoreDoc(Math.max(0, maxDoc - 1), after.score);
            return ResultPage.recallOrder(searcher.search(recall, new TopScoreDocCollectorManager(request.limit(), bounded,
                    request.limit())), request.limit());
        }
        TopDocs window = searcher.search(recall, new TopScoreDocCollectorManager(config.rankingWindow(), null,
                config.rankingWindow()));
        return ranker.page(searcher, window, baseQuery(request, text.ranking(), true), position, request.limit(), total);
    }

    private static Query baseQuery(SearchRequest request, Query text, boolean evidence) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (evidence) {
            // Gentle evidence boosts: replicated (more so when a copy was implemented) and still running.
            base.add(FeatureField.newSaturationQuery(FEATURES, FEATURE_REPLICATIONS, 1.0f, 2f), Occur.SHOULD);
            base.add(FeatureField.newSaturationQuery(FEATURES, FEATURE_PROVEN, 1.0f, 1f), Occur.SHOULD);
            base.add(FeatureField.newSaturationQuery(FEATURES, FEATURE_RUNNING, 0.5f, 1f), Occur.SHOULD);
        }
        if (request.region() != null) {
            base.add(new TermQuery(new Term(REGION_CODE, request.region())), Occur.FILTER);
        }
        if (request.award() != null) {
            base.add(new TermQuery(new Term(HAS_AWARD, request.award())), Occur.FILTER);
        }
        if (request.replicated()) {
            base.add(new TermQuery(new Term(REPLICATED, "true")), Occur.FILTER);
        }
        return base.build();
    }

    static Sort sort(SearchSort sort) {
        SortField slug = new SortField(SLUG, SortField.Type.STRING);
        return switch (sort) {
            case relevance -> new Sort(SortField.FIELD_SCORE, slug);
            case newest -> new Sort(new SortField(YEAR_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE, slug);
            case most_replicated -> new Sort(new SortField(REPLICATION_COUNT, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE, slug);
        };
    }

    private Map<String, List<FacetValue>> facets(FacetCounter.Counts counts) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : FACET_DIMS) {
            facets.put(dim, labels.values(dim, counts.byDim().getOrDefault(dim, Map.of()), FACET_TOP));
        }
        return facets;
    }

    /** No index yet (first build running), or an index with no documents. */
    private SearchResult empty(long start, RegionMatch region) {
        return new SearchResult(0, SearchResult.relation(true), List.of(), Map.of(), false, null, null, elapsed(start),
                index.state().name(), false, region);
    }

    static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Whether a published innovation with this slug is in the index. */
    public boolean isSearchable(String slug) {
        try {
            Boolean found = index.withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(SLUG, slug)) > 0);
            return Boolean.TRUE.equals(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hits of a top-docs as API hits, for callers that have no facets (similar innovations). */
    public List<Hit> read(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        return hits.read(searcher, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), null);
    }
}
