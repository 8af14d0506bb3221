package id.lumbung.search.query;

/** Words the search will not run: longer than the configured maximum, or expanding to too many clauses. */
public final class InvalidQueryException extends InvalidSearchException {

    InvalidQueryException(String message) {
        super(message);
    }
}
