package id.lumbung.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts the staff session cookie of the pages. Taken from LUMBUNG_SESSION_KEY when set (all
 * nodes of a cluster must share it); else kept in {@code <data dir>/session.key}, created once, so sessions
 * survive a restart and the key never appears in a log.
 */
public final class SessionKeyFile {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private SessionKeyFile() {
    }

    public static void configure(Path dataDir) {
        if (System.getProperty(PROPERTY) != null || System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY") != null) {
            return;
        }
        String fromEnvironment = System.getenv("LUMBUNG_SESSION_KEY");
        System.setProperty(PROPERTY, fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : stored(dataDir));
    }

    private static String stored(Path dataDir) {
        Path file = dataDir.resolve("session.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, key, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key " + file, e);
        }
    }
}
