package id.lumbung.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Speed of import, reindex, search and suggest on a generated corpus, beside PostgreSQL full-text search on
 * the same corpus in the same run. Prints figures; asserts nothing about time. Run with
 * {@code ./mvnw verify -Pbench -Dbench.docs=100000}.
 */
@QuarkusTest
@TestProfile(SearchBenchmark.Bench.class)
@WithTestResource(PostgresTestResource.class)
class SearchBenchmark {

    public static class Bench implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "64M", "quarkus.log.category.\"http-problem\".level", "WARN",
                    "lumbung.access.rate-limit.search-page-per-minute", "100000000");
        }
    }

    /** A mixed set of queries as regional staff type them, some with filters. */
    static final List<String> QUERIES = List.of("q=kemiskinan", "q=stunting&province=35", "q=umkm%20perempuan",
            "q=penanggulangan%20kemiskinan%20berbasis%20data", "q=lansia%20miskin", "q=bedah%20rumah&theme=perumahan",
            "q=air%20bersih", "q=kemiskinan%20ekstrim%20NTB", "q=sekolah", "q=aplikasi%20pantau%20balita",
            "q=modal%20usaha%20tanpa%20bunga", "q=desa&tahapan=penerapan", "q=gotong%20royong", "q=disabilitas",
            "q=pelayanan%20satu%20pintu", "q=stanting", "q=poverty%20data", "q=program%20UMKM%20di%20Jawa%20Timur",
            "q=data%20terpadu&year_from=2018", "q=ibu%20hamil%20sehat", "q=tani%20maju&sort=newest",
            "q=nelayan", "q=kesehatan&province=33&theme=kesehatan", "theme=stunting", "q=jemput%20bola",
            "q=makanan%20untuk%20orang%20tua%20jompo", "q=beasiswa%20dan%20bedah%20rumah", "q=csr%20kolaborasi",
            "q=lapangan%20kerja%20perdesaan", "q=relawan%20kader");
    static final List<String> SUGGEST = List.of("ger", "kemis", "stunt", "lans", "umkm", "kalb", "sekol", "data%20t",
            "rumah", "desa%20d", "gotong", "bank");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void printSpeedFigures() throws Exception {
        int docs = Integer.getInteger("bench.docs", 10_000);
        List<String> report = new ArrayList<>();
        add(report, String.format("corpus: %d generated innovations; %d cores; JVM %s", docs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));

        long t0 = System.nanoTime();
        CorpusGenerator corpus = new CorpusGenerator(42);
        int chunk = 5000;
        for (int start = 0; start < docs; start += chunk) {
            StringBuilder body = new StringBuilder();
            for (int i = start; i < Math.min(docs, start + chunk); i++) {
                body.append(corpus.line(i)).append('\n');
            }
            Api.admin().contentType("application/x-ndjson").queryParam("allow_duplicates", true).body(body.toString())
                    .post("/api/v1/innovations/import")
                    .then().statusCode(200);
        }
        double importSeconds = seconds(t0);
        Api.admin().contentType("application/x-ndjson").queryParam("wait_for", "indexed").queryParam("allow_duplicates", true)
                .body(corpus.line(docs) + "\n").post("/api/v1/innovations/import").then().statusCode(200);
        double importAndIndexSeconds = seconds(t0);
        add(report, String.format("import via API: %.1f s (%.0f docs/s); searchable after %.1f s", importSeconds,
                docs / importSeconds, importAndIndexSeconds));

        // After a bulk load PostgreSQL vacuums and analyses the new rows in the background; an operator runs it at
        // once, so that the figures below are those of a settled database rather than of autovacuum's work.
        long v0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze)");
        }
        add(report, String.format("vacuum (analyze) after the import: %.1f s", seconds(v0)));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://localhost:" + RestAssured.port;
        // The first rebuilds in a JVM run partly before the JIT has compiled the analysis (in a service under no
        // other load the speed settles after five to ten); each is printed.
        int rebuilds = Integer.getInteger("bench.rebuilds", 8);
        for (int rebuild = 1; rebuild <= rebuilds; rebuild++) {
            add(report, reindex(http, base, rebuild + " of " + rebuilds));
        }

        int samples = Integer.getInteger("bench.samples", 3000);
        // Each measurement follows a warm-up of the same requests: the figures are of a running service, not of
        // the JIT compiling the endpoint's code on its first requests.
        warmUp(http, base + "/api/v1/search?", QUERIES, samples);
        if (System.getProperty("bench.perquery") != null) {
            // Each query's latency beside how many documents it matches: what a search's cost grows with.
            for (String q : QUERIES) {
                long hits = JSON.readTree(get(http, base + "/api/v1/search?exact_counts=true&" + q)).path("total").asLong();
                System.out.println("[bench] " + latency(q + " (" + hits + " hits)", http, base + "/api/v1/search?", List.of(q), 20));
            }
        }
        add(report, latency("search (facets + highlights)", http, base + "/api/v1/search?", QUERIES, samples));
        warmUp(http, base + "/api/v1/search/suggest?q=", SUGGEST, samples);
        add(report, latency("suggest", http, base + "/api/v1/search/suggest?q=", SUGGEST, samples));
        int pageSamples = Math.max(100, samples / 3);
        warmUp(http, base + "/cari?", QUERIES, pageSamples);
        add(report, latency("page /cari (server-rendered results)", http, base + "/cari?", QUERIES, pageSamples));
        warmUp(http, base + "/", List.of(""), 100);
        add(report, latency("page / (home)", http, base + "/", List.of(""), 100));
        warmUp(http, base + "/daerah/", List.of("35.03"), 100);
        add(report, latency("page /daerah/35.03 (region with recommendations)", http, base + "/daerah/", List.of("35.03"), 100));
        add(report, throughput(http, base, 8, Duration.ofSeconds(20)));
        add(report, throughputWithWrk(base, 8, Duration.ofSeconds(20)));
        add(report, writeToSearchable(http, base));
        add(report, postgresBaseline(Duration.ofSeconds(20)));
        add(report, postgresStoredBaseline(8, Duration.ofSeconds(20)));

        System.out.println("\n=== Search benchmark ===");
        report.forEach(System.out::println);
    }

    private static void add(List<String> report, String line) {
        System.out.println("[bench] " + line);
        report.add(line);
    }

    /**
     * One full reindex, timed by the service (its progress gives start and end) and by this client. The client polls
     * the progress with the plain HTTP client five times a second: RestAssured's path extraction compiles Groovy on
     * each call, and polling with it every 20 ms took an eighth of the CPU the rebuild had on these two cores.
     */
    private static String reindex(HttpClient http, String base, String which) throws Exception {
        long r0 = System.nanoTime();
        Api.admin().post("/api/v1/search/index/rebuild").then().statusCode(202);
        JsonNode progress = JSON.readTree(get(http, base + "/api/v1/search/index")).path("rebuild");
        while (progress.path("running").asBoolean()) {
            Thread.sleep(200);
            progress = JSON.readTree(get(http, base + "/api/v1/search/index")).path("rebuild");
        }
        double clientSeconds = seconds(r0);
        long indexed = progress.path("documents_indexed").asLong();
        // The service's own start and end of the rebuild: the client's time adds the admin request's password check
        // (bcrypt, about 0.1 s by design) and up to one polling interval.
        double serverSeconds = (progress.path("finished_at_millis").asLong() - progress.path("started_at_millis").asLong())
                / 1000.0;
        return String.format("full reindex from PostgreSQL (%s): %d docs in %.2f s (%.0f docs/s); client-observed %.2f s",
                which, indexed, serverSeconds, indexed / serverSeconds, clientSeconds);
    }

    private static void warmUp(HttpClient http, String prefix, List<String> queries, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            get(http, prefix + queries.get(i % queries.size()));
        }
    }

    /** Client-observed latency and the server's own took_ms, sequentially. */
    private static String latency(String label, HttpClient http, String prefix, List<String> queries, int count)
            throws Exception {
        List<Long> client = new ArrayList<>();
        List<Long> server = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            String body = get(http, prefix + queries.get(i % queries.size()));
            client.add(System.nanoTime() - start);
            int took = body.indexOf("\"took_ms\":");
            if (took >= 0) {
                server.add(Long.parseLong(body.substring(took + 10, body.indexOf(',', took))) * 1_000_000);
            }
        }
        return String.format("%s: client p50 %.2f ms, p99 %.2f ms%s", label, pct(client, 50), pct(client, 99),
                server.isEmpty() ? "" : String.format("; server took_ms p50 %.0f, p99 %.0f", pct(server, 50), pct(server, 99)));
    }

    private static String throughput(HttpClient http, String base, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    get(http, base + "/api/v1/search?" + QUERIES.get(i++ % QUERIES.size()));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return String.format("throughput over HTTP, %d concurrent clients: %.0f searches/s", clients,
                done.get() / (double) duration.toSeconds());
    }

    /**
     * The same mixed queries from {@code wrk}, when it is installed: a load generator in its own process, written in
     * C. The Java client above parses every response in this JVM, on the service's two cores, and so reports less
     * than the service serves. A warm-up under the same load comes first ({@code bench.wrk.warmup}, seconds): the
     * service on its own reaches its steady rate after two to three minutes of load, as the JIT settles.
     */
    private static String throughputWithWrk(String base, int clients, Duration duration) throws Exception {
        long warmUp = Long.getLong("bench.wrk.warmup", 150);
        String label = String.format("throughput over HTTP, %d concurrent connections from wrk after %d s of warm-up",
                clients, warmUp);
        Path script = Files.createTempFile("bench-queries", ".lua");
        try {
            String paths = QUERIES.stream().map(q -> "\"/api/v1/search?" + q + "\"").collect(Collectors.joining(","));
            Files.writeString(script, "local q = {" + paths + "}\nlocal i = 0\n"
                    + "init = function(args) i = math.random(0, #q - 1) end\n"
                    + "request = function() i = i + 1; return wrk.format(\"GET\", q[(i % #q) + 1]) end\n");
            String output;
            try {
                if (warmUp > 0) {
                    wrk(script, base, clients, warmUp);
                }
                output = wrk(script, base, clients, duration.toSeconds());
            } catch (IOException e) {
                return label + ": not measured (" + e.getMessage() + ")";
            }
            Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
            Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
            return String.format("%s: %s searches/s%s", label, rate.find() ? rate.group(1) : "?",
                    errors.find() ? " (" + errors.group(1) + " responses not 2xx!)" : ", all answered 200");
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Runs wrk with two threads and returns what it printed; an IOException when it is missing or fails. */
    private static String wrk(Path script, String base, int clients, long seconds) throws Exception {
        Process wrk;
        try {
            wrk = new ProcessBuilder("wrk", "-t2", "-c" + clients, "-d" + seconds + "s", "-s", script.toString(), base)
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("wrk is not installed", e);
        }
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + output.strip());
        }
        return output;
    }

    private static String writeToSearchable(HttpClient http, String base) throws Exception {
        List<Long> samples = new ArrayList<>();
        CorpusGenerator fresh = new CorpusGenerator(7);
        for (int i = 0; i < 10; i++) {
            String word = "zzsegar" + i;
            String line = fresh.line(900_000_000 + i).replace("\"summary\":\"", "\"summary\":\"" + word + " ");
            long start = System.nanoTime();
            Api.admin().contentType("application/x-ndjson").queryParam("allow_duplicates", true).body(line + "\n")
                    .post("/api/v1/innovations/import")
                    .then().statusCode(200);
            while (!get(http, base + "/api/v1/search?q=" + word).contains(word)) {
                Thread.sleep(5);
            }
            samples.add(System.nanoTime() - start);
        }
        return String.format("write to searchable (import one, poll search): p50 %.0f ms, max %.0f ms", pct(samples, 50),
                pct(samples, 100));
    }

    /** PostgreSQL FTS with ts_rank and ts_headline, the same queries, one connection, sequential. */
    private String postgresBaseline(Duration duration) throws Exception {
        String document = "to_tsvector('indonesian', name || ' ' || coalesce(acronym, '') || ' ' || summary || ' ' "
                + "|| coalesce(outcomes, ''))";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create index if not exists bench_fts on innovation using gin (" + document + ")");
            s.execute("analyze innovation");
        }
        String sql = "with q as (select to_tsquery('indonesian', coalesce(string_agg(lexeme, ' | '), '')) tsq "
                + "from unnest(to_tsvector('indonesian', ?))) select slug, ts_headline('indonesian', summary, q.tsq) "
                + "from innovation, q where status = 'published' and " + document + " @@ q.tsq order by ts_rank("
                + document + ", q.tsq) desc limit 10";
        List<Long> latencies = runQueries(sql, 1, duration);
        return String.format("PostgreSQL FTS baseline (ts_rank + ts_headline, no facets): p50 %.2f ms, p99 %.2f ms, "
                + "%.0f searches/s on one connection", pct(latencies, 50), pct(latencies, 99),
                latencies.size() / (double) duration.toSeconds());
    }

    /**
     * PostgreSQL full-text search as a competent user writes it: a stored tsvector column with a GIN index, ts_rank on
     * it, and ts_headline for the ten hits shown only; the same queries (an OR of their lexemes, as above) from
     * {@code connections} connections at once.
     */
    private String postgresStoredBaseline(int connections, Duration duration) throws Exception {
        long setup = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table innovation add column if not exists bench_fts tsvector generated always as (to_tsvector("
                    + "'indonesian', name || ' ' || coalesce(acronym, '') || ' ' || summary || ' ' || coalesce(outcomes, ''))) stored");
            s.execute("create index if not exists bench_fts_stored on innovation using gin (bench_fts)");
            s.execute("vacuum (analyze) innovation");
        }
        double setupSeconds = seconds(setup);
        String sql = "with q as (select to_tsquery('indonesian', coalesce(string_agg(lexeme, ' | '), '')) tsq "
                + "from unnest(to_tsvector('indonesian', ?))), "
                + "top as (select i.slug, i.summary, ts_rank(i.bench_fts, q.tsq) rank from innovation i, q "
                + "where i.status = 'published' and i.bench_fts @@ q.tsq order by rank desc limit 10) "
                + "select top.slug, ts_headline('indonesian', top.summary, q.tsq) from top, q order by top.rank desc";
        List<Long> latencies = runQueries(sql, connections, duration);
        return String.format("PostgreSQL FTS, stored tsvector + GIN (ts_rank, ts_headline on the top 10, no facets; column and"
                + " index built in %.1f s): %.0f searches/s from %d connections, p50 %.2f ms, p99 %.2f ms", setupSeconds,
                latencies.size() / (double) duration.toSeconds(), connections, pct(latencies, 50), pct(latencies, 99));
    }

    /**
     * Runs {@code sql} with the benchmark's query texts as its one parameter from {@code connections} connections at
     * once for {@code duration}, each reading every row's second column; the latency of each execution.
     */
    private List<Long> runQueries(String sql, int connections, Duration duration) throws Exception {
        List<String> texts = QUERIES.stream().map(SearchBenchmark::textOf).filter(t -> !t.isBlank()).toList();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < connections; client++) {
                int first = client;
                running.add(clients.submit(() -> {
                    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                        int i = first;
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            ps.setString(1, texts.get(i++ % texts.size()));
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rs.getString(2);
                                }
                            }
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return latencies;
    }

    private static String textOf(String query) {
        for (String part : query.split("&")) {
            if (part.startsWith("q=")) {
                return java.net.URLDecoder.decode(part.substring(2), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
