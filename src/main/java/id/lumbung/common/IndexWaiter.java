package id.lumbung.common;

import java.io.IOException;

/**
 * Waits until this node's search index has applied every write committed so far. Implemented by search, which
 * reads the domain; the domain asks through this interface so that it never depends on search.
 */
public interface IndexWaiter {

    /** @return whether the writes became searchable here within the configured wait */
    boolean awaitIndexed() throws IOException;
}
