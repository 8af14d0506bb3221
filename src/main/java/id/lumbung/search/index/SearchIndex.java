package id.lumbung.search.index;

import id.lumbung.common.StorageConfig;
import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.jboss.logging.Logger;

/**
 * The one owner of the Lucene index on disk: its writer, its searchers and which generation is current. The
 * index lives in {@code <data-dir>/index/<generation>}, the name of the current generation in
 * {@code index/CURRENT}; a rebuild writes a new generation aside and swaps it in. Each commit records in its
 * user data the outbox position it reflects (see {@link OutboxPosition}), so after a crash the indexer resumes
 * from there.
 */
@ApplicationScoped
public class SearchIndex {

    static final String POSITION = "outbox_position";
    /** The single bound that indexes before schema-independent snapshot positions recorded. */
    static final String LEGACY_BOUND = "outbox_bound";
    static final String COMMITTED_AT = "committed_at";
    static final String DATABASE = "database";
    static final String TIMELINE = "timeline";
    static final String STEMMER = "stemmer";
    static final String SCHEMA = "schema";
    /** Indexing buffer of the live generation (small windows of changes). */
    private static final int RAM_BUFFER_MB = 64;
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** Scores of the weighted word fields (see {@link TextWeight}); norms are written and read with it. */
    static final RankingSimilarity SIMILARITY = new RankingSimilarity();

    @Inject
    StorageConfig storage;

    @Inject
    SearchConfig config;

    @Inject
    Event<IndexDamaged> damaged;

    private volatile IndexGeneration current;
    private volatile OutboxPosition position = OutboxPosition.START;
    /** System.nanoTime() when the snapshot of {@link #position} was taken; its age is the indexer's lag. */
    private volatile long positionTakenAt = System.nanoTime() - Duration.ofDays(365).toNanos();
    /** Which PostgreSQL database the positions refer to; an index of another database is rebuilt. */
    private volatile DatabaseIdentity databaseIdentity = new DatabaseIdentity("", 0);
    private volatile boolean opened;
    /** Set when the current generation's files failed their checksums: searches must not read it. */
    private volatile boolean corrupt;
    private volatile boolean writeFailing;
    private volatile RebuildReason rebuilding;
    private final Object applied = new Object();
    private static final long FAILED_SEARCH_CHECK_EVERY = Duration.ofSeconds(10).toNanos();
    private volatile long lastFailedSearchCheck = System.nanoTime() - FAILED_SEARCH_CHECK_EVERY;

    /** A function over a searcher that is acquired and released around it. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * One window of outbox changes to apply: the position they bring the index to (taken at
     * {@code takenAtNanos}), and the documents.
     */
    public record Changes(OutboxPosition position, long takenAtNanos, Collection<IndexedInnovation> upserts,
            Collection<Long> deletions) {
        boolean isEmpty() {
            return upserts.isEmpty() && deletions.isEmpty();
        }
    }

    /** Reads the changes after an outbox position from the database. */
    @FunctionalInterface
    public interface ChangeReader {
        Changes read(OutboxPosition from) throws IOException;
    }

    Path root() {
        return storage.dataDir().resolve("index").toAbsolutePath();
    }

    /**
     * Opens the current generation as the last commit left it.
     *
     * @param identity the database's identity, or empty when it cannot be reached now: then the index is kept
     *                 and its identity checked later ({@link #databaseIdentity()})
     * @return why the index must be rebuilt, or empty when it is current. With {@link RebuildReason#timeline} the
     *         index is open and serves meanwhile; with the other reasons there is none.
     */
    public synchronized Optional<RebuildReason> openExisting(Optional<DatabaseIdentity> identity) {
        closeCurrent();
        opened = true;
        try {
            Path pointer = root().resolve("CURRENT");
            if (!Files.exists(pointer)) {
                return Optional.of(RebuildReason.missing);
            }
            Path path = root().resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            if (!Files.isDirectory(path)) {
                return Optional.of(RebuildReason.missing);
            }
            IndexGeneration generation = IndexGeneration.open(path, false, RAM_BUFFER_MB);
            Map<String, String> data = generation.commitData();
            boolean otherDatabase = identity.isPresent() && !identity.get().database().equals(data.get(DATABASE));
            if (otherDatabase || !IndonesianAnalysis.stemmer().name().equals(data.get(STEMMER))
                    || !InnovationDocuments.SCHEMA_VERSION.equals(data.get(SCHEMA))) {
                LOG.info("The search index was built from another database, stemmer or document schema; rebuilding");
                generation.close();
                return Optional.of(RebuildReason.foreign);
            }
            databaseIdentity = new DatabaseIdentity(data.getOrDefault(DATABASE, ""),
                    Long.parseLong(data.getOrDefault(TIMELINE, "0")));
            current = generation;
            corrupt = false;
            position = positionOf(data);
            return identity.isPresent() && identity.get().timeline() != databaseIdentity.timeline()
                    ? Optional.of(RebuildReason.timeline) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index cannot be opened and will be rebuilt: " + e);
            closeCurrent();
            return Optional.of(RebuildReason.corrupt);
        }
    }

    private static OutboxPosition positionOf(Map<String, String> data) {
        String snapshot = data.get(POSITION);
        return snapshot != null ? OutboxPosition.parse(snapshot)
                : OutboxPosition.below(Long.parseLong(data.getOrDefault(LEGACY_BOUND, "0")));
    }

    /** The database the current generation was built from. */
    public DatabaseIdentity databaseIdentity() {
        return databaseIdentity;
    }

    /** A new, empty generation beside the current one, for a rebuild of the given database. */
    IndexGeneration createGeneration(int ramBufferMb) throws IOException {
        return IndexGeneration.create(root(), ramBufferMb);
    }

    /** Makes a freshly built generation current; the previous one is closed and deleted. */
    synchronized void swap(IndexGeneration fresh, Changes built, DatabaseIdentity identity) throws IOException {
        databaseIdentity = identity;
        commit(fresh, built.position());
        // From now on it takes the small windows of changes, as a generation opened at start does.
        fresh.writer().getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB).setUseCompoundFile(true);
        fresh.searchers().maybeRefreshBlocking();
        Path pointer = root().resolve("CURRENT");
        Path temp = root().resolve("CURRENT.tmp");
        Files.writeString(temp, fresh.path().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        IndexGeneration old = current;
        current = fresh;
        corrupt = false;
        writeFailing = false;
        advance(built.position(), built.takenAtNanos());
        if (old != null && !old.path().equals(fresh.path())) {
            old.discard();
        }
        deleteStrayGenerations();
    }

    /**
     * Applies the next window of changes and commits it with its outbox position. Synchronized with
     * {@link #swap}: a window is always read from and applied to the same generation.
     *
     * @return whether anything changed in the index
     */
    public synchronized boolean catchUp(ChangeReader reader) throws IOException {
        IndexGeneration generation = current;
        if (generation == null || corrupt) {
            return false;
        }
        Changes changes = reader.read(position);
        if (changes.isEmpty()) {
            advance(changes.position(), changes.takenAtNanos());
            return false;
        }
        write(generation, changes);
        commit(generation, changes.position());
        generation.searchers().maybeRefreshBlocking();
        // Only now: a writer waiting for this position (wait_for=indexed) must find its change searchable.
        advance(changes.position(), changes.takenAtNanos());
        return true;
    }

    private void advance(OutboxPosition to, long takenAt) {
        synchronized (applied) {
            position = to;
            positionTakenAt = takenAt;
            applied.notifyAll();
        }
    }

    /**
     * Waits until a window whose snapshot was taken at or after {@code sinceNanos} is applied: then every write
     * committed before that moment is searchable here.
     */
    public boolean awaitApplied(long sinceNanos, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (applied) {
            while (positionTakenAt - sinceNanos < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                applied.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Adds innovations to a new generation, which holds none of them yet (no deletions to look up). */
    static void add(IndexGeneration generation, List<IndexedInnovation> innovations) throws IOException {
        for (IndexedInnovation innovation : innovations) {
            generation.writer().addDocument(InnovationDocuments.indexed(innovation));
        }
    }

    static void write(IndexGeneration generation, Changes changes) throws IOException {
        for (IndexedInnovation innovation : changes.upserts()) {
            generation.writer().updateDocument(new Term(SearchFields.ID, Long.toString(innovation.id())),
                    InnovationDocuments.indexed(innovation));
        }
        for (Long id : changes.deletions()) {
            generation.writer().deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
        }
    }

    private void commit(IndexGeneration generation, OutboxPosition at) throws IOException {
        generation.commit(Map.of(POSITION, at.toString(), COMMITTED_AT, Instant.now().toString(),
                DATABASE, databaseIdentity.database(), TIMELINE, Long.toString(databaseIdentity.timeline()),
                STEMMER, IndonesianAnalysis.stemmer().name(), SCHEMA, InnovationDocuments.SCHEMA_VERSION));
    }

    /**
     * Runs a function over a searcher of the current generation. While there is none (the first build runs) it
     * waits up to the query timeout for one.
     *
     * @throws IndexUnavailableException when no usable index exists
     */
    public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        IndexGeneration generation = serving(config.queryTimeout());
        IndexSearcher searcher;
        try {
            searcher = generation.searchers().acquire();
        } catch (AlreadyClosedException e) {
            return withSearcher(function); // swapped meanwhile: use the new generation
        }
        try {
            return function.apply(searcher);
        } catch (IOException e) {
            // A search reads nothing but the index: a failed read may be a damaged file (checked at most every 10 s).
            long now = System.nanoTime();
            if (now - lastFailedSearchCheck > FAILED_SEARCH_CHECK_EVERY) {
                lastFailedSearchCheck = now;
                if (!sound(searcher)) {
                    throw new IndexUnavailableException(state());
                }
            }
            throw e;
        } finally {
            generation.searchers().release(searcher);
        }
    }

    private IndexGeneration serving(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        IndexGeneration generation;
        synchronized (applied) {
            while (((generation = current) == null || corrupt) && System.nanoTime() < deadline) {
                try {
                    applied.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (generation == null || corrupt) {
            throw new IndexUnavailableException(state());
        }
        return generation;
    }

    /**
     * Verifies the checksums of every file of the current generation (Lucene checks them only when merging). A damaged
     * generation is no longer searched, and {@link IndexDamaged} is fired.
     *
     * @return whether the files are sound
     */
    public boolean checkIntegrity() throws IOException {
        IndexGeneration generation = current;
        if (generation == null || corrupt) {
            return !corrupt;
        }
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            return sound(searcher);
        } finally {
            generation.searchers().release(searcher);
        }
    }

    private boolean sound(IndexSearcher searcher) {
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
            return true;
        } catch (IOException e) {
            if (!corrupt) {
                corrupt = true;
                damaged.fire(new IndexDamaged(e));
            }
            return false;
        }
    }

    /** Whether the writer gave up (a tragic error, such as a failed merge) and must be reopened. */
    boolean writerBroken() {
        IndexGeneration generation = current;
        return generation != null && (!generation.writer().isOpen() || generation.writer().getTragicException() != null);
    }

    /** The index as an operator sees it. */
    public IndexState state() {
        if (!opened) {
            return IndexState.opening;
        }
        if (rebuilding != null) {
            return IndexState.rebuilding;
        }
        if (current == null || corrupt) {
            return IndexState.failed;
        }
        return writeFailing ? IndexState.failing : IndexState.ready;
    }

    /** Whether searches can be answered now (a generation is open and sound). */
    public boolean serving() {
        return current != null && !corrupt;
    }

    void rebuilding(RebuildReason reason) {
        rebuilding = reason;
    }

    void writeFailing(boolean failing) {
        writeFailing = failing;
    }

    public OutboxPosition position() {
        return position;
    }

    /** How long ago the snapshot that the index reflects was taken. */
    public Duration positionAge() {
        return Duration.ofNanos(System.nanoTime() - positionTakenAt);
    }

    public int documentCount() throws IOException {
        IndexGeneration generation = current;
        if (generation == null || corrupt) {
            return 0;
        }
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            generation.searchers().release(searcher);
        }
    }

    /**
     * Drops what was written since the last commit and reopens the current generation from it, as a crash would.
     * What the indexer does when its writer failed; the next window starts from the committed position.
     */
    synchronized void reopenFromLastCommit() throws IOException {
        IndexGeneration generation = current;
        if (generation == null) {
            return;
        }
        current = null;
        generation.close();
        IndexGeneration reopened = IndexGeneration.open(generation.path(), false, RAM_BUFFER_MB);
        try {
            OutboxPosition committed = positionOf(reopened.commitData());
            current = reopened;
            corrupt = false;
            advance(committed, positionTakenAt);
        } catch (IOException | RuntimeException e) {
            reopened.close();
            throw e;
        }
    }

    @PreDestroy
    synchronized void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private void deleteStrayGenerations() throws IOException {
        try (Stream<Path> children = Files.list(root())) {
            children.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(current.path()))
                    .forEach(IndexGeneration::deleteRecursively);
        }
    }
}
