package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.SLUG;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A small Lucene index in memory for the unit tests of the query layer's pure cores; documents carry their slug. */
final class InMemoryIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    final DirectoryReader reader;
    final IndexSearcher searcher;

    InMemoryIndex(Analyzer analyzer, List<Document> documents) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Document document : documents) {
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** A document's slug (a fresh iterator each time: doc values only advance, and hits are not in document order). */
    String slug(int doc) throws IOException {
        SortedDocValues values = MultiDocValues.getSortedValues(reader, SLUG);
        values.advanceExact(doc);
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
