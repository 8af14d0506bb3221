package id.lumbung.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL 15 ({@code /usr/lib/postgresql/15/bin}, the {@code postgresql} package) as the shared database
 * of a cluster test: a version other than the embedded 17, with the service connecting as an ordinary role that owns
 * its database, as on a managed PostgreSQL. PostgreSQL refuses to run as root, so as root it runs as the
 * {@code postgres} user the package creates.
 */
public final class ExternalPostgres implements AutoCloseable {

    public static final Path BIN = Path.of(System.getProperty("lumbung.postgres.bin", "/usr/lib/postgresql/15/bin"));
    public static final String DATABASE = "lumbung";
    public static final String USER = "lumbung";
    public static final String PASSWORD = "kata-sandi-basis-data";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path home;
    private final Path data;
    private final int port;

    private ExternalPostgres(Path home, int port) {
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
    }

    /** Whether the binaries are installed (`.ci/run` installs them). */
    public static boolean installed() {
        return Files.isExecutable(BIN.resolve("postgres"));
    }

    /** Creates a cluster in a new directory under {@code parent}, starts it, and creates the service's role and database. */
    public static ExternalPostgres create(Path parent) throws IOException, InterruptedException, SQLException {
        Files.createDirectories(parent);
        Path home = Files.createTempDirectory(parent, "postgres-");
        ExternalPostgres postgres = new ExternalPostgres(home, ServiceNode.freePort());
        postgres.own(home);
        postgres.run(BIN.resolve("initdb").toString(), "-D", postgres.data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8");
        // TCP only: a Unix socket under a deep checkout would pass the 107-byte limit of a socket's path
        Files.writeString(postgres.data.resolve("postgresql.conf"), String.join("\n",
                "port = " + postgres.port, "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''",
                "max_connections = 200", "fsync = on", "synchronous_commit = on", "logging_collector = off", ""),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(postgres.data.resolve("pg_hba.conf"), String.join("\n",
                "host all postgres 127.0.0.1/32 trust",
                "host all all 127.0.0.1/32 scram-sha-256", ""), StandardCharsets.UTF_8);
        postgres.start();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.port
                + "/postgres?user=postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            statement.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8' template template0");
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return data;
    }

    /** A connection as the superuser, for the test's own checks. */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=postgres");
    }

    public long queryLong(String sql) throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void start() throws IOException, InterruptedException {
        Path log = home.resolve("server.log");
        try {
            run(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "120",
                    "start");
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\nserver.log:\n"
                    + (Files.exists(log) ? Files.readString(log) : "(none)"), e);
        }
    }

    /** A fast shutdown: sessions are ended, the server checkpoints and exits. */
    public void stop() throws IOException, InterruptedException {
        run(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "120", "stop");
    }

    /** SIGKILL to the server and all its processes at once, as a power cut would end them. */
    public void kill9() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
    }

    /** Copies the stopped server's files, as a file-level backup. */
    public Path copyData(String name) throws IOException, InterruptedException {
        Path copy = home.resolve(name);
        run("cp", "-a", data.toString(), copy.toString());
        return copy;
    }

    /** Replaces the stopped server's files with a copy taken before: the database goes back in time. */
    public void restoreData(Path copy) throws IOException, InterruptedException {
        run("rm", "-rf", data.toString());
        run("cp", "-a", copy.toString(), data.toString());
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } catch (IOException | InterruptedException e) {
            // best effort: the test's directory is removed by the next clean
        }
    }

    private void own(Path directory) throws IOException {
        if (ROOT) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
        }
    }

    /** Runs a command as the PostgreSQL owner (the {@code postgres} user when the tests run as root). */
    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (ROOT) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("commands.log").toFile())).start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            String log = Files.readString(home.resolve("commands.log"));
            throw new IOException(String.join(" ", line) + " failed:\n" + log);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftovers under target/ are removed by the next clean
        }
    }
}
