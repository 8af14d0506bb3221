package id.lumbung;

import id.lumbung.access.SessionKeyFile;
import id.lumbung.database.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Entry point of the packaged service and of dev mode. Starts an embedded PostgreSQL under the data
 * directory when no external database is configured, so that one command brings up everything.
 */
@QuarkusMain
public class LumbungMain {

    public static void main(String... args) {
        SessionKeyFile.configure(Path.of(firstSet(System.getenv("LUMBUNG_DATA_DIR"), System.getProperty("lumbung.storage.data-dir"), "data")));
        EmbeddedDatabase embedded = EmbeddedDatabase.startUnlessExternalConfigured();
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
