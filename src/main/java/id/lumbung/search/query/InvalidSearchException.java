package id.lumbung.search.query;

/**
 * A search this layer cannot run as asked. The message says what is wrong in the words of the part it concerns;
 * which API parameter that part came from is for the caller to say (the query layer knows no HTTP).
 */
public abstract sealed class InvalidSearchException extends RuntimeException
        permits InvalidCursorException, InvalidQueryException {

    InvalidSearchException(String message) {
        super(message);
    }
}
