package id.lumbung.search.index;

/** No sound index to search on this node right now: it is being built or rebuilt. Answered with 503. */
public class IndexUnavailableException extends RuntimeException {

    private final IndexState state;

    public IndexUnavailableException(IndexState state) {
        super("The search index of this node is not available (" + state + ")");
        this.state = state;
    }

    public IndexState state() {
        return state;
    }
}
