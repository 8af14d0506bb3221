package id.lumbung;

import id.lumbung.access.SessionKeyFile;
import id.lumbung.common.UrlCheck;
import id.lumbung.database.EmbeddedDatabase;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of the packaged service and of dev mode. Starts an embedded PostgreSQL under the data
 * directory when no external database is configured, so that one command brings up everything.
 */
@QuarkusMain
public class LumbungMain {

    public static void main(String... args) {
        // Lumbung's own URL check answers an unreadable URL with a problem or a page, instead of Quarkus's bare 400.
        System.setProperty(UrlCheck.DISABLE_QUARKUS_CHECK, "true");
        Path dataDir = dataDirectory();
        SessionKeyFile.configure(dataDir);
        EmbeddedDatabase embedded = EmbeddedDatabase.startUnlessExternalConfigured(dataDir);
        if (embedded != null) {
            // The server runs detached: stop it when the JVM ends (SIGTERM included), once Quarkus has finished its
            // requests and closed its connections.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitQuarkusStopped();
                embedded.close();
            }, "lumbung-embedded-postgres-stop"));
        }
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void awaitQuarkusStopped() {
        Application application = Application.currentApplication();
        if (application != null) {
            try {
                CompletableFuture.runAsync(application::awaitShutdown).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // stop the database anyway
            }
        }
    }

    /** LUMBUNG_DATA_DIR, else lumbung.storage.data-dir, else ./data (read before Quarkus configuration exists). */
    private static Path dataDirectory() {
        for (String value : new String[] {System.getenv("LUMBUNG_DATA_DIR"), System.getProperty("lumbung.storage.data-dir")}) {
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        return Path.of("data");
    }
}
