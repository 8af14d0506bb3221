package id.lumbung.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded default keeps the catalogue in the data directory across restarts. */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestartInTheSameDirectory() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restart-").resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir);
                Connection connection = DriverManager.getConnection(first.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("create table catatan (isi text)");
            statement.execute("insert into catatan values ('tetap ada')");
        }
        assertTrue(Files.exists(dir.resolve("PG_VERSION")), "cluster files stay on disk");
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir);
                Connection connection = DriverManager.getConnection(second.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select isi from catatan")) {
            assertTrue(rs.next());
            assertEquals("tetap ada", rs.getString(1));
        }
    }
}
