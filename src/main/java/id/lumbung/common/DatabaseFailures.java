package id.lumbung.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Says what a failed database call means for the client, whatever wrapped it (Hibernate, the transaction
 * manager, CDI): a unique key another request took first is a 409; PostgreSQL out of reach is a 503 with
 * Retry-After. Anything else stays an unexpected error.
 */
public final class DatabaseFailures {

    /** Seconds a client is asked to wait when PostgreSQL cannot be reached. */
    public static final long RETRY_AFTER_SECONDS = 15;

    private static final String UNIQUE_VIOLATION = "23505";
    /** Data exceptions: a value PostgreSQL cannot take (a NUL character, a number out of range). */
    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String CONNECTION_CLASS = "08";
    /** PostgreSQL shutting down, crashed or starting: {@code 57P01..57P03}. */
    private static final String SHUTDOWN_CLASS = "57P0";

    /** What a unique constraint protects, in the words of the API, by constraint name. */
    private static final Map<String, String> UNIQUE_KEYS = Map.of(
            "innovation_slug_key", "An innovation with this slug already exists",
            "replication_natural_key", "This adopter already has a replication of this innovation; record a status "
                    + "change on it instead",
            "learning_event_slug_key", "A learning event with this slug already exists",
            "app_user_username_key", "A user with this name already exists",
            "region_alias_region_code_normalized_key", "The region already has this alias",
            "search_synonym_rule_key", "This synonym rule exists already",
            "region_indicator_key", "The region already has a value of this indicator for this period");

    private DatabaseFailures() {
    }

    /** The problem a database failure amounts to, if it is one the client can act on. */
    public static Optional<ApiProblem> classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().equals(UNIQUE_VIOLATION)) {
                return Optional.of(ApiProblem.conflict(UNIQUE_KEYS.getOrDefault(constraint(failure),
                        "Another request stored the same record at the same time") + "; nothing was written"));
            }
            if (isUnreachable(cause)) {
                return Optional.of(ApiProblem.databaseUnavailable(RETRY_AFTER_SECONDS));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                return Optional.of(ApiProblem.badRequest("A value of the request cannot be stored (for instance a NUL "
                        + "character or a number out of range); nothing was written"));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether PostgreSQL being out of reach is the cause of this failure, at any depth. */
    public static boolean isUnreachableAnywhere(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isUnreachable(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    public static boolean isUnreachable(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            // Agroal's "acquisition timeout" carries no state: every connection is taken or none can be opened.
            return state == null ? String.valueOf(sql.getMessage()).contains("acquisition timeout")
                    : state.startsWith(CONNECTION_CLASS) || state.startsWith(SHUTDOWN_CLASS);
        }
        return false;
    }

    private static String constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "";
    }
}
