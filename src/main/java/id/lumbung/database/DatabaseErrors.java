package id.lumbung.database;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that cannot be reached apart from a statement that failed on a reachable one. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * Whether the failure means PostgreSQL cannot be reached right now: no connection (SQLSTATE class 08), the
     * server shutting down or starting (57P01-57P03), the pool timing out while it tries, or a broken socket.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                if (state == null && message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
