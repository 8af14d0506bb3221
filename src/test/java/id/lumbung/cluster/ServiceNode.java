package id.lumbung.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Lumbung node: the packaged service ({@code target/quarkus-app/quarkus-run.jar}) in its own JVM, with its own
 * data directory and port, its output appended to {@code <data-dir>.log}.
 */
public final class ServiceNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "Sandi-Induk-Klaster-2024";
    public static final String SESSION_KEY = "cluster-test-session-key-not-secret-0123456789";

    private final String name;
    private final Path dataDir;
    private final int port;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;

    public ServiceNode(String name, Path dataDir) {
        this.name = name;
        this.dataDir = dataDir;
        this.port = freePort();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("LUMBUNG_DATA_DIR", dataDir.toString());
        environment.put("LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("LUMBUNG_SESSION_KEY", SESSION_KEY);
        // Tests make many requests from one address; limits are tested elsewhere.
        environment.put("LUMBUNG_ANONYMOUS_PER_MINUTE", "1000000");
        environment.put("QUARKUS_LOG_CONSOLE_FORMAT", "%d{HH:mm:ss,SSS} %-5p [%c{2.}] (%t) %s%e%n");
    }

    /** Sets an environment variable of the node's next start. */
    public ServiceNode with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** Uses the given external PostgreSQL. */
    public ServiceNode database(String jdbcUrl, String user, String password) {
        return with("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl).with("QUARKUS_DATASOURCE_USERNAME", user)
                .with("QUARKUS_DATASOURCE_PASSWORD", password);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Http http() {
        return Http.at("http://127.0.0.1:" + port);
    }

    public Http admin() {
        return http().as("admin", ADMIN_PASSWORD);
    }

    public long pid() {
        return process.pid();
    }

    public synchronized ServiceNode start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:TieredStopAtLevel=1"); // nodes of a test start often and run briefly
        for (String arg : System.getProperty("lumbung.jvm.args", "").split("\\s+")) {
            if (!arg.isBlank()) {
                command.add(arg);
            }
        }
        command.add("-jar");
        command.add(appJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("LUMBUNG_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(dataDir.getParent());
            Files.writeString(logFile(), "\n===== start " + java.time.Instant.now() + " =====\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until /q/health/ready answers 200; fails if the process ends first or the time runs out. */
    public ServiceNode awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http http = http();
        while (!http.ready()) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail(60));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " not ready after " + timeout + ":\n" + logTail(60));
            }
            Thread.sleep(100);
        }
        return this;
    }

    /** Waits until the log of the current start contains {@code text}. */
    public void awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!logOfLastStart().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not log '" + text + "' within " + timeout + ":\n" + logTail(40));
            }
            Thread.sleep(200);
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill9() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGSTOP / SIGCONT: the process stays but does nothing, as a node that hangs. */
    public void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " failed");
        }
    }

    /** SIGTERM, as a supervisor stops a service; waits for the process to end. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public int exitValue() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not exit:\n" + logTail(40));
        }
        return process.exitValue();
    }

    public Path logFile() {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    public String log() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The log since the last start. */
    public String logOfLastStart() {
        String log = log();
        int start = log.lastIndexOf("===== start ");
        return start < 0 ? log : log.substring(start);
    }

    public String logTail(int lines) {
        String[] all = log().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static Path appJar() {
        Path jar = Path.of(System.getProperty("lumbung.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the service first (./mvnw package): " + jar + " is missing");
        }
        return jar;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
