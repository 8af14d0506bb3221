package id.lumbung.search.index;

import id.lumbung.common.StorageConfig;
import id.lumbung.search.analysis.IndonesianAnalysis;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * The one owner of the Lucene index on disk: its writer, its searchers and which generation is current. The
 * index lives in {@code <data-dir>/index/<generation>}, the name of the current generation in
 * {@code index/CURRENT}; a rebuild writes a new generation aside and swaps it in. Each commit records in its
 * user data the outbox position it reflects, so after a crash the indexer resumes from there.
 */
@ApplicationScoped
public class SearchIndex {

    static final String BOUND = "outbox_bound";
    static final String COMMITTED_AT = "committed_at";
    static final String DATABASE = "database";
    static final String STEMMER = "stemmer";
    static final String SCHEMA = "schema";
    /** Indexing buffer of the live generation (small windows of changes). */
    private static final int RAM_BUFFER_MB = 64;
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** Scores of the weighted word fields (see {@link TextWeight}); norms are written and read with it. */
    static final RankingSimilarity SIMILARITY = new RankingSimilarity();

    @Inject
    StorageConfig storage;

    private volatile Generation current;
    private volatile IndexState state = IndexState.opening;
    /** Outbox position applied to the current generation (committed or not). */
    private volatile long appliedBound;
    /** Which PostgreSQL database the positions refer to; an index of another database is rebuilt. */
    private volatile String databaseIdentity = "";

    /** A writer and its searchers over one index directory. */
    record Generation(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

        static Generation open(Path path, boolean create, int ramBufferMb) throws IOException {
            FSDirectory directory = FSDirectory.open(path);
            try {
                // A new generation (a rebuild) writes a few large segments: packing each into a compound file would
                // copy all of it once more. The small segments of later changes are packed (see swap).
                IndexWriterConfig config = new IndexWriterConfig(InnovationDocuments.indexAnalyzer())
                        .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                        .setRAMBufferSizeMB(ramBufferMb)
                        .setUseCompoundFile(!create)
                        .setSimilarity(SIMILARITY);
                IndexWriter writer = new IndexWriter(directory, config);
                return new Generation(path, directory, writer, new SearcherManager(writer, new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                        IndexSearcher searcher = new IndexSearcher(reader);
                        searcher.setSimilarity(SIMILARITY);
                        return searcher;
                    }
                }));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        }

        void close() {
            try {
                searchers.close();
                writer.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Closing index " + path + " failed", e);
            } finally {
                try {
                    directory.close();
                } catch (IOException e) {
                    LOG.warn("Closing directory " + path + " failed", e);
                }
            }
        }

        Map<String, String> commitData() throws IOException {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        }
    }

    /** A function over a searcher that is acquired and released around it. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** One window of outbox changes to apply: the position they bring the index to, and the documents. */
    public record Changes(long upTo, Collection<IndexedInnovation> upserts, Collection<Long> deletions) {
        boolean isEmpty() {
            return upserts.isEmpty() && deletions.isEmpty();
        }
    }

    /** Reads the changes after an outbox position from the database. */
    @FunctionalInterface
    public interface ChangeReader {
        Changes read(long from) throws IOException;
    }

    Path root() {
        return storage.dataDir().resolve("index").toAbsolutePath();
    }

    /** What the commits of this node's index are tied to (see {@link OutboxReader#databaseIdentity()}). */
    void useDatabase(String identity) {
        this.databaseIdentity = identity;
    }

    /**
     * Opens the current generation as the last commit left it.
     *
     * @return the commit time, or empty when there is no usable index (missing, unreadable, or built from
     *         another database)
     */
    public synchronized Optional<Instant> openExisting() {
        closeCurrent();
        try {
            Path pointer = root().resolve("CURRENT");
            if (!Files.exists(pointer)) {
                return Optional.empty();
            }
            Path path = root().resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            if (!Files.isDirectory(path)) {
                return Optional.empty();
            }
            Generation generation = Generation.open(path, false, RAM_BUFFER_MB);
            Map<String, String> data = generation.commitData();
            if (!databaseIdentity.equals(data.get(DATABASE))
                    || !IndonesianAnalysis.stemmer().name().equals(data.get(STEMMER))
                    || !InnovationDocuments.SCHEMA_VERSION.equals(data.get(SCHEMA))) {
                LOG.info("The search index was built from another database, stemmer or document schema; rebuilding");
                generation.close();
                return Optional.empty();
            }
            current = generation;
            appliedBound = Long.parseLong(data.getOrDefault(BOUND, "0"));
            state = IndexState.ready;
            return Optional.of(Instant.parse(data.getOrDefault(COMMITTED_AT, Instant.EPOCH.toString())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index cannot be opened and will be rebuilt: " + e);
            closeCurrent();
            return Optional.empty();
        }
    }

    /** A new, empty generation beside the current one, for a rebuild. */
    Generation createGeneration(int ramBufferMb) throws IOException {
        Path path = root().resolve("gen-" + System.currentTimeMillis());
        Files.createDirectories(path);
        return Generation.open(path, true, ramBufferMb);
    }

    /** Makes a freshly built generation current; the previous one is closed and deleted. */
    synchronized void swap(Generation fresh, long bound) throws IOException {
        commit(fresh, bound);
        // From now on it takes the small windows of changes, as a generation opened at start does.
        fresh.writer().getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB).setUseCompoundFile(true);
        fresh.searchers().maybeRefreshBlocking();
        Path pointer = root().resolve("CURRENT");
        Path temp = root().resolve("CURRENT.tmp");
        Files.writeString(temp, fresh.path().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Generation old = current;
        current = fresh;
        appliedBound = bound;
        state = IndexState.ready;
        if (old != null && !old.path().equals(fresh.path())) {
            old.close();
            deleteRecursively(old.path());
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
        Generation generation = current;
        if (generation == null) {
            return false;
        }
        Changes changes = reader.read(appliedBound);
        if (changes.upTo() <= appliedBound) {
            return false;
        }
        if (changes.isEmpty()) {
            appliedBound = changes.upTo();
            return false;
        }
        write(generation, changes);
        commit(generation, changes.upTo());
        generation.searchers().maybeRefreshBlocking();
        // Only now: a writer waiting for this position (wait_for=indexed) must find its change searchable.
        appliedBound = changes.upTo();
        return true;
    }

    /** Adds innovations to a new generation, which holds none of them yet (no deletions to look up). */
    static void add(Generation generation, List<IndexedInnovation> innovations) throws IOException {
        for (IndexedInnovation innovation : innovations) {
            generation.writer().addDocument(InnovationDocuments.indexed(innovation));
        }
    }

    static void write(Generation generation, Changes changes) throws IOException {
        for (IndexedInnovation innovation : changes.upserts()) {
            generation.writer().updateDocument(new Term(SearchFields.ID, Long.toString(innovation.id())),
                    InnovationDocuments.indexed(innovation));
        }
        for (Long id : changes.deletions()) {
            generation.writer().deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
        }
    }

    private void commit(Generation generation, long bound) throws IOException {
        generation.writer().setLiveCommitData(Map.of(BOUND, Long.toString(bound), COMMITTED_AT, Instant.now().toString(),
                DATABASE, databaseIdentity, STEMMER, IndonesianAnalysis.stemmer().name(),
                SCHEMA, InnovationDocuments.SCHEMA_VERSION).entrySet());
        generation.writer().commit();
    }

    public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        Generation generation = current;
        if (generation == null) {
            return null;
        }
        IndexSearcher searcher;
        try {
            searcher = generation.searchers().acquire();
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            return withSearcher(function); // swapped meanwhile: use the new generation
        }
        try {
            return function.apply(searcher);
        } finally {
            generation.searchers().release(searcher);
        }
    }

    public IndexState state() {
        return state;
    }

    void markRebuilding() {
        state = IndexState.rebuilding;
    }

    void markFailed() {
        state = current == null ? IndexState.failed : IndexState.ready;
    }

    public long appliedBound() {
        return appliedBound;
    }

    public int documentCount() throws IOException {
        Integer count = withSearcher(searcher -> searcher.getIndexReader().numDocs());
        return count == null ? 0 : count;
    }

    /** Drops what was written since the last commit and reopens from it, as a crash would. */
    synchronized void reopenFromLastCommit() {
        Generation generation = current;
        if (generation == null) {
            return;
        }
        try {
            generation.searchers().close();
            generation.writer().rollback();
            generation.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = null;
        openExisting();
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
                    .forEach(SearchIndex::deleteRecursively);
        }
    }

    static void deleteRecursively(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete " + path + ": " + e);
        }
    }
}
