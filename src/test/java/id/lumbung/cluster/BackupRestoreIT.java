package id.lumbung.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The backup runbook works as written: deploy/backup/backup-restore-check.sh backs up a running installation,
 * destroys its database and index, restores, and finds the catalogue and the searches identical.
 */
class BackupRestoreIT {

    @Test
    void aBackupRestoredIntoANewDatabaseGivesTheSameCatalogueAndSearches() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/backup/backup-restore-check.sh")
                .redirectErrorStream(true);
        builder.environment().put("LUMBUNG_JAR", ServiceNode.appJar().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(10, TimeUnit.MINUTES));
        System.out.println(output.lines().filter(line -> line.startsWith("==") || line.startsWith("backup written")
                || line.startsWith("restored")).map(line -> "[backup] " + line).collect(Collectors.joining("\n")));
        assertEquals(0, script.exitValue(), output);
        assertTrue(output.contains("== identical:"), output);
    }
}
