package id.lumbung.search.index;

import id.lumbung.common.StorageConfig;
import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.jboss.logging.Logger;

/**
 * The one owner of the Lucene index on disk: its writer, its searchers and which generation is current. The
 * index lives in {@code <data-dir>/index/<generation>}, the name of the current generation in
 * {@code index/CURRENT}; a rebuild writes a new generation aside and swaps it in. Each commit records the outbox
 * position it reflects ({@link IndexCommit}), so after a crash the indexer resumes from there.
 */
@ApplicationScoped
public class SearchIndex {

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
    IndexIntegrity integrity;

    @Inject
    IndonesianAnalysis analysis;

    private final AppliedPosition applied = new AppliedPosition();
    private final CommitPacing commits = new CommitPacing();
    private volatile IndexGeneration current;
    /** Which PostgreSQL database the positions refer to; an index of another database is rebuilt. */
    private volatile DatabaseIdentity databaseIdentity = new DatabaseIdentity("", 0);
    private volatile boolean opened;
    private volatile boolean writeFailing;
    private volatile RebuildReason rebuilding;

    /** A function over a searcher that is acquired and released around it. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    Path root() {
        return directory().root();
    }

    private IndexDirectory directory() {
        return new IndexDirectory(storage.dataDir().resolve("index").toAbsolutePath());
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
            Optional<Path> path = directory().current();
            if (path.isEmpty()) {
                return Optional.of(RebuildReason.missing);
            }
            IndexGeneration generation = IndexGeneration.open(path.get(), false, RAM_BUFFER_MB, analysis);
            IndexCommit commit = IndexCommit.read(generation.commitData());
            boolean otherDatabase = identity.isPresent() && !identity.get().database().equals(commit.database().database());
            if (otherDatabase || !commit.analysedAs(analysis)) {
                LOG.info("The search index was built from another database, stemmer or document schema; rebuilding");
                generation.close();
                return Optional.of(RebuildReason.foreign);
            }
            databaseIdentity = commit.database();
            current = generation;
            integrity.reset();
            applied.advance(commit.position(), commit.lastChange(), applied.takenAt());
            commits.committed(commit.position());
            return identity.isPresent() && identity.get().timeline() != commit.database().timeline()
                    ? Optional.of(RebuildReason.timeline) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index cannot be opened and will be rebuilt: " + e);
            closeCurrent();
            return Optional.of(RebuildReason.corrupt);
        }
    }

    /** The database the current generation was built from. */
    public DatabaseIdentity databaseIdentity() {
        return databaseIdentity;
    }

    /** A new, empty generation beside the current one, for a rebuild: committed into place or deleted. */
    GenerationBuild beginRebuild(int ramBufferMb) throws IOException {
        return new GenerationBuild(this, IndexGeneration.create(root(), ramBufferMb, analysis));
    }

    /** Makes a freshly built generation current; the previous one is closed and deleted. */
    synchronized void swap(IndexGeneration fresh, OutboxWindow built, DatabaseIdentity identity) throws IOException {
        databaseIdentity = identity;
        fresh.commit(IndexCommit.analysedAs(analysis, built, identity).data());
        commits.committed(built.position());
        // From now on it takes the small windows of changes, as a generation opened at start does.
        fresh.writer().getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB).setUseCompoundFile(true);
        fresh.searchers().maybeRefreshBlocking();
        directory().makeCurrent(fresh.path());
        IndexGeneration old = current;
        current = fresh;
        integrity.reset();
        writeFailing = false;
        applied.advance(built.position(), built.lastChange(), built.takenAtNanos());
        if (old != null && !old.path().equals(fresh.path())) {
            old.discard();
        }
        directory().deleteAllBut(fresh.path());
    }

    /**
     * Applies the next window of changes and makes it searchable; commits what was applied, with its outbox position,
     * at most every {@code lumbung.search.commit-interval}. Synchronized with {@link #swap}: a window is always read
     * from and applied to the same generation.
     *
     * @return whether anything changed in the index
     */
    public synchronized boolean catchUp(OutboxWindow.Reader reader) throws IOException {
        IndexGeneration generation = current;
        if (generation == null || integrity.corrupt()) {
            return false;
        }
        OutboxWindow changes = reader.read(applied.get(), applied.lastChange());
        boolean changed = !changes.isEmpty();
        if (changed) {
            generation.write(changes);
        }
        commits.applied(changes, changed);
        commitIfDue(generation, config.commitInterval());
        if (changed) {
            generation.searchers().maybeRefreshBlocking();
        }
        // Only now: a writer waiting for this position (wait_for=indexed) must find its change searchable.
        applied.advance(changes.position(), changes.lastChange(), changes.takenAtNanos());
        return changed;
    }

    /** Commits what the writer holds, with the newest window's position, when it is due. */
    private void commitIfDue(IndexGeneration generation, Duration interval) throws IOException {
        OutboxWindow window = commits.due(interval);
        if (window != null) {
            generation.commit(IndexCommit.analysedAs(analysis, window, databaseIdentity).data());
            commits.committed(window.position());
        }
    }

    /**
     * Waits until a window whose snapshot was taken at or after {@code sinceNanos} is applied: then every write
     * committed before that moment is searchable here.
     */
    public boolean awaitApplied(long sinceNanos, Duration timeout) throws InterruptedException {
        return applied.awaitTakenSince(sinceNanos, timeout);
    }

    /**
     * Runs a function over a searcher of the current generation. While there is none (the first build runs) it
     * waits up to the query timeout for one.
     *
     * @throws IndexUnavailableException when no usable index exists
     */
    public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        IndexGeneration generation = awaitServing(config.queryTimeout());
        IndexSearcher searcher;
        try {
            searcher = generation.searchers().acquire();
        } catch (AlreadyClosedException e) {
            return withSearcher(function); // swapped meanwhile: use the new generation
        }
        try {
            return function.apply(searcher);
        } catch (IOException | UncheckedIOException e) {
            // A search reads nothing but the index: a failed read may be a damaged file. Term look-ups made while the
            // query is built (spellings, word counts) fail unchecked.
            if (integrity.damagedAfterFailedRead(searcher)) {
                throw new IndexUnavailableException(state());
            }
            throw e;
        } finally {
            generation.searchers().release(searcher);
        }
    }

    private IndexGeneration awaitServing(Duration wait) {
        try {
            applied.await(this::serving, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        IndexGeneration generation = current;
        if (generation == null || integrity.corrupt()) {
            throw new IndexUnavailableException(state());
        }
        return generation;
    }

    /**
     * Verifies the checksums of every file of the current generation. A damaged generation is no longer searched,
     * and {@link IndexDamaged} is fired.
     *
     * @return whether the files are sound
     */
    public boolean checkIntegrity() throws IOException {
        IndexGeneration generation = current;
        if (generation == null || integrity.corrupt()) {
            return !integrity.corrupt();
        }
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            return integrity.verify(searcher);
        } finally {
            generation.searchers().release(searcher);
        }
    }

    /** Whether the writer gave up (a tragic error, such as a failed merge) and must be reopened. */
    boolean writerBroken() {
        IndexGeneration generation = current;
        return generation != null && generation.writerBroken();
    }

    /** The index as an operator sees it. */
    public IndexState state() {
        if (!opened) {
            return IndexState.opening;
        }
        if (rebuilding != null) {
            return IndexState.rebuilding;
        }
        if (current == null || integrity.corrupt()) {
            return IndexState.failed;
        }
        return writeFailing ? IndexState.failing : IndexState.ready;
    }

    /** Whether searches can be answered now (a generation is open and sound). */
    public boolean serving() {
        return current != null && !integrity.corrupt();
    }

    void rebuilding(RebuildReason reason) {
        rebuilding = reason;
    }

    void writeFailing(boolean failing) {
        writeFailing = failing;
    }

    public OutboxPosition position() {
        return applied.get();
    }

    /** The position of the last commit: what this node's index keeps through a crash. */
    public OutboxPosition committedPosition() {
        return commits.position();
    }

    /** How long ago the snapshot that the index reflects was taken. */
    public Duration positionAge() {
        return applied.age();
    }

    public int documentCount() throws IOException {
        IndexGeneration generation = current;
        if (generation == null || integrity.corrupt()) {
            return 0;
        }
        return generation.documentCount();
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
        IndexGeneration reopened = IndexGeneration.open(generation.path(), false, RAM_BUFFER_MB, analysis);
        try {
            IndexCommit last = IndexCommit.read(reopened.commitData());
            current = reopened;
            integrity.reset();
            applied.advance(last.position(), last.lastChange(), applied.takenAt());
            commits.committed(last.position());
        } catch (IOException | RuntimeException e) {
            reopened.close();
            throw e;
        }
    }

    /** Closes the current generation; what it applied since its last commit is committed first (a stop, no crash). */
    @PreDestroy
    synchronized void closeCurrent() {
        if (current != null) {
            try {
                commitIfDue(current, Duration.ZERO);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot commit the search index on closing; the indexer applies the outbox again from its last "
                        + "commit: " + e);
            }
            current.close();
            current = null;
        }
    }
}
