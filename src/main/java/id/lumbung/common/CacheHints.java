package id.lumbung.common;

/**
 * What an API answer tells HTTP caches about itself (the API's caching reads it): answers that do not implement it are
 * cached as they are.
 */
public interface CacheHints {

    /** An answer a time limit cut short is stored nowhere: the next request may well be complete. */
    boolean partial();

    /**
     * The answer without what differs on every request (how long it took), for a fingerprint that stays the same while
     * the answer means the same; the answer itself when nothing differs.
     */
    default Object timeless() {
        return this;
    }
}
