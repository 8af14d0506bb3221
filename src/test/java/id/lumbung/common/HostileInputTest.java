package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.RawHttp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A seeded random run of hostile input over search, JSON writes, NDJSON imports, paths and headers: no answer may be
 * 500 or above, and an import that was refused may not have changed a row. The default test run sends 1 200 inputs;
 * {@code -Dhostile.inputs=10000} (bench/hostile-run.sh) the full run. Its own application and database, since it writes.
 */
@QuarkusTest
@TestProfile(HostileInputTest.Isolated.class)
@WithTestResource(PostgresTestResource.class)
class HostileInputTest {

    /** A profile of its own: the run's writes stay in its own database. */
    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.search.wait-for-indexed-timeout", "5s");
        }
    }

    private static final long SEED = Long.getLong("hostile.seed", 18L);
    private static final int INPUTS = Integer.getInteger("hostile.inputs", 1_200);

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private String key;

    @Test
    void hostileInputNeverGetsA5xxNorAHalfAppliedImport() throws SQLException {
        DemoCatalogue.ensurePublished();
        key = ApiKeys.create(List.of(), null).path("key");
        String session = FormSignIn.as("admin", Api.ADMIN_PASSWORD).session();
        HostileInputs inputs = new HostileInputs(new Random(SEED), "lumbung-sesi=" + session);
        long start = System.nanoTime();
        int rejectedImports = 0;
        for (int i = 0; i < INPUTS; i++) {
            switch (i % 5) {
                case 0 -> record("search", inputs.searchRequest(), null);
                case 1 -> record("json-write", inputs.jsonWrite(), null);
                case 2 -> rejectedImports += importAndCheck(inputs) ? 1 : 0;
                case 3 -> record("path", inputs.pathRequest(), null);
                default -> record("header", inputs.headerRequest(key), null);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Hostile run: seed %d, %d inputs in %d ms (%.0f/s), %d refused imports; statuses %s%n", SEED,
                INPUTS, millis, INPUTS * 1000.0 / millis, rejectedImports, statuses);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n",
                failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(rejectedImports > INPUTS / 10, "most imports are refused: " + rejectedImports);
        assertEquals(0, statuses.entrySet().stream().filter(e -> Integer.parseInt(e.getKey().split(":")[1]) >= 500)
                .mapToInt(Map.Entry::getValue).sum());
    }

    /** Sends one hostile NDJSON import; a refused one must leave the catalogue as it was. True when it was refused. */
    private boolean importAndCheck(HostileInputs inputs) throws SQLException {
        HostileInputs.Request request = inputs.ndjsonImport();
        Map<String, Object> before = snapshot();
        int status = record("ndjson-import", request, null);
        if (status >= 400) {
            Map<String, Object> after = snapshot();
            if (!before.equals(after)) {
                failures.add("refused import (" + status + ") changed rows: " + before + " -> " + after + " for "
                        + abbreviate(request.body()));
            }
            return true;
        }
        return false;
    }

    private int record(String kind, HostileInputs.Request request, Object unused) {
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(request.method(), request.target(), request.headers(), request.body());
        } catch (RuntimeException e) {
            failures.add(kind + " " + request.method() + " " + abbreviate(request.target()) + ": no answer (" + e + ")");
            return 599;
        }
        statuses.merge(kind + ":" + answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
            failures.add(kind + " " + request.method() + " " + abbreviate(request.target()) + " " + request.headers() + " "
                    + abbreviate(request.body()) + " -> " + answer.status() + " " + abbreviate(answer.body()));
        }
        return answer.status();
    }

    /** Row counts and the latest change of the tables an import writes. */
    private Map<String, Object> snapshot() throws SQLException {
        Map<String, Object> state = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("innovation", "innovation_audit", "replication", "replication_status_change")) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    state.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("select max(updated_at), max(version) from innovation")) {
                rs.next();
                state.put("innovation.updated_at", rs.getObject(1));
                state.put("innovation.version", rs.getObject(2));
            }
        }
        return state;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

}
