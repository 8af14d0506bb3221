package id.lumbung;

import id.lumbung.database.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service and of dev mode. Starts an embedded PostgreSQL under the data
 * directory when no external database is configured, so that one command brings up everything.
 */
@QuarkusMain
public class LumbungMain {

    public static void main(String... args) {
        EmbeddedDatabase embedded = EmbeddedDatabase.startUnlessExternalConfigured();
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
