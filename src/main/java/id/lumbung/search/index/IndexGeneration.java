package id.lumbung.search.index;

import id.lumbung.search.analysis.IndonesianAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/** A writer and its searchers over one index directory: the live index, or a rebuild being written beside it. */
record IndexGeneration(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
        IndonesianAnalysis analysis) {

    private static final Logger LOG = Logger.getLogger(IndexGeneration.class);

    static IndexGeneration open(Path path, boolean create, int ramBufferMb, IndonesianAnalysis analysis)
            throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        try {
            // A new generation (a rebuild) writes a few large segments: packing each into a compound file would
            // copy all of it once more. The small segments of later changes are packed (see SearchIndex.swap).
            IndexWriterConfig config = new IndexWriterConfig(InnovationDocuments.indexAnalyzer(analysis))
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setUseCompoundFile(!create)
                    .setSimilarity(SearchIndex.SIMILARITY);
            IndexWriter writer = new IndexWriter(directory, config);
            return new IndexGeneration(path, directory, writer, new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(SearchIndex.SIMILARITY);
                    return searcher;
                }
            }), analysis);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A new, empty generation in its own directory under {@code root}. */
    static IndexGeneration create(Path root, int ramBufferMb, IndonesianAnalysis analysis) throws IOException {
        Path path = root.resolve("gen-" + System.currentTimeMillis());
        Files.createDirectories(path);
        return open(path, true, ramBufferMb, analysis);
    }

    Map<String, String> commitData() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    /** Adds innovations to a new generation, which holds none of them yet (no deletions to look up). */
    void add(List<IndexedInnovation> innovations) throws IOException {
        for (IndexedInnovation innovation : innovations) {
            writer.addDocument(InnovationDocuments.indexed(innovation, analysis));
        }
    }

    /** Writes a window's documents and removes what is no longer published (not committed yet). */
    void write(OutboxWindow changes) throws IOException {
        for (IndexedInnovation innovation : changes.upserts()) {
            writer.updateDocument(new Term(SearchFields.ID, Long.toString(innovation.id())),
                    InnovationDocuments.indexed(innovation, analysis));
        }
        for (Long id : changes.deletions()) {
            writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
        }
    }

    /** Whether the writer gave up (a tragic error, such as a failed merge) and the generation must be reopened. */
    boolean writerBroken() {
        return !writer.isOpen() || writer.getTragicException() != null;
    }

    int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Verifies the checksum of every file the searcher reads (Lucene checks them only when merging).
     *
     * @throws IOException a {@link org.apache.lucene.index.CorruptIndexException} when a file is damaged
     */
    static void checkIntegrity(IndexSearcher searcher) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            leaf.reader().checkIntegrity();
        }
    }

    void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** Closes writer and searchers; what was not committed is lost, as in a crash. Never throws. */
    void close() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the searchers of " + path + " failed", e);
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the writer of " + path + " failed", e);
        }
        try {
            directory.close();
        } catch (IOException e) {
            LOG.debug("Closing directory " + path + " failed", e);
        }
    }

    /** Closes the generation and deletes its files. */
    void discard() {
        close();
        deleteRecursively(path);
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete " + path + ": " + e);
        }
    }
}
