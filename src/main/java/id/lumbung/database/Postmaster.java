package id.lumbung.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server process of a data directory, as its lock file {@code postmaster.pid} names it (first line:
 * process id; second: the data directory; fourth: the port). The embedded server runs detached from the JVM, so
 * a JVM killed with SIGKILL leaves it running; this finds it again.
 */
public record Postmaster(ProcessHandle process, int port) {

    private static final Logger LOG = Logger.getLogger(Postmaster.class);
    private static final Duration SMART_SHUTDOWN = Duration.ofSeconds(30);

    /** The server running on {@code dataDirectory}, if its lock file names a live PostgreSQL process. */
    public static Optional<Postmaster> of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read " + pidFile + ": " + e);
            return Optional.empty();
        }
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().or(() -> p.info().commandLine())
                        .map(command -> command.contains("postgres")).orElse(false));
        int port = lines.get(3).strip().matches("\\d+") ? Integer.parseInt(lines.get(3).strip()) : 0;
        return process.map(p -> new Postmaster(p, port));
    }

    /**
     * Waits until no process of a dead server still uses its shared memory (its children end on their own once they
     * notice): PostgreSQL refuses to start on a data directory whose old segment is still attached.
     */
    public static void awaitShutdownOfChildren(Path dataDirectory, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<String> segment = sharedMemoryId(dataDirectory);
        while (segment.isPresent() && attached(segment.get()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The System V segment id, the second number of the lock file's seventh line. */
    private static Optional<String> sharedMemoryId(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            String[] keyAndId = lines.size() > 6 ? lines.get(6).strip().split("\\s+") : new String[0];
            return keyAndId.length == 2 ? Optional.of(keyAndId[1]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean attached(String segmentId) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/sysvipc/shm"))) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length > 6 && columns[1].equals(segmentId)) {
                    return !columns[6].equals("0");
                }
            }
        } catch (IOException e) {
            return false; // not Linux: PostgreSQL's own check decides
        }
        return false;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Stops the server: a smart shutdown (SIGTERM: it checkpoints and exits once its sessions have ended; those of a
     * killed JVM have), then, if it is still running, SIGKILL for it and its children. With fsync on, PostgreSQL
     * recovers from its write-ahead log after that as after a power cut.
     */
    public void stop() {
        List<ProcessHandle> children = process.children().toList();
        process.destroy();
        if (!waitForExit(SMART_SHUTDOWN)) {
            LOG.warnf("PostgreSQL (pid %d) did not stop within %s; killing it", process.pid(), SMART_SHUTDOWN);
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
        // Its children notice the postmaster's end on their own; wait so that a new server finds no shared memory in use.
        children.forEach(child -> {
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        });
    }

    private boolean waitForExit(Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}
