package id.lumbung.search.query;

/** A cursor this search did not write: malformed, crafted, or from another sort or another kind of search. */
public final class InvalidCursorException extends InvalidSearchException {

    InvalidCursorException() {
        super("is not a cursor of this search and sort");
    }
}
