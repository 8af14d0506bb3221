package id.lumbung.search.index;

import id.lumbung.search.index.OutboxReader.DatabaseIdentity;
import java.io.Closeable;
import java.io.IOException;

/**
 * A generation being built beside the current one by a rebuild. It ends in one of two ways, decided in one place:
 * {@link #commit} swaps it in; closing it without a commit (a failure, an interruption) deletes it. Used with
 * try-with-resources, so no path of a rebuild leaves a half-built generation behind.
 */
final class GenerationBuild implements Closeable {

    private final SearchIndex index;
    private final IndexGeneration generation;
    private boolean committed;

    GenerationBuild(SearchIndex index, IndexGeneration generation) {
        this.index = index;
        this.generation = generation;
    }

    IndexGeneration generation() {
        return generation;
    }

    /** Commits the built generation with the outbox position it reflects and makes it current. */
    void commit(OutboxWindow built, DatabaseIdentity identity) throws IOException {
        index.swap(generation, built, identity);
        committed = true;
    }

    /** Deletes the generation unless it was committed. Never throws. */
    @Override
    public void close() {
        if (!committed) {
            generation.discard();
        }
    }
}
