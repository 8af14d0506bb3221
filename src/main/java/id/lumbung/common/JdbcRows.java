package id.lumbung.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Plain JDBC for the bulk reads that justify it (decision 185): a rebuild's batch look-ups and the search vocabulary,
 * thousands of rows read once and never written back. Everything else goes through Panache. Failures are thrown as
 * {@link SQLException}; the caller decides what they mean and logs them.
 */
public final class JdbcRows {

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        Parameters NONE = statement -> { };

        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private JdbcRows() {
    }

    /** Runs a query on the given connection and reads each row. */
    public static void forEach(Connection connection, String sql, Parameters parameters, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** The one parameter of a look-up: an array of the given SQL type ({@code = any(?)}). */
    public static Parameters array(String type, Collection<?> values) {
        return statement -> statement.setArray(1, statement.getConnection().createArrayOf(type, values.toArray()));
    }
}
