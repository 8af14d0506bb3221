package id.lumbung.search.index;

import java.io.IOException;

/** The index cannot follow the outbox from its position any more; it must be rebuilt. */
public class IndexInconsistentException extends IOException {

    private final RebuildReason reason;

    IndexInconsistentException(RebuildReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RebuildReason reason() {
        return reason;
    }
}
