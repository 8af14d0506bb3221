package id.lumbung.search.index;

import id.lumbung.database.DatabaseErrors;
import java.io.IOException;

/** The outbox could not be read: PostgreSQL is unreachable, or a statement failed. The index itself is fine. */
public class OutboxReadException extends IOException {

    private final boolean databaseUnreachable;

    OutboxReadException(String message, Throwable cause) {
        super(message + ": " + cause, cause);
        this.databaseUnreachable = DatabaseErrors.unreachable(cause);
    }

    /** Whether PostgreSQL could not be reached (rather than a statement failing on a reachable database). */
    public boolean databaseUnreachable() {
        return databaseUnreachable;
    }
}
