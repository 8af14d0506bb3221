package id.lumbung.testing;

import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo catalogue (innovations, poverty indicators, the learning event), imported once per application through the API, the
 * innovations as published and searchable before the first test that needs them runs.
 */
public final class DemoCatalogue {

    private static final Set<String> SMALL_REGIONS = Set.of("35.15.01", "32.13.11", "34.02.15", "33.10.17",
            "34.02.15.2004", "33.10.17.2011");
    /** The port of the application the catalogue was loaded into (each start of a test application has its own). */
    private static volatile int loadedForPort = -1;

    private DemoCatalogue() {
    }

    public static synchronized void ensurePublished() {
        if (loadedForPort == RestAssured.port) {
            return;
        }
        Api.admin().contentType("text/csv").body(csvRows("districts.csv")).post("/api/v1/regions/import")
                .then().statusCode(200);
        Api.admin().contentType("text/csv").body(csvRows("villages.csv")).post("/api/v1/regions/import")
                .then().statusCode(200);
        String published = resource("/demo/innovations.jsonl").lines().filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.lastIndexOf('}')) + ", \"status\": \"published\"}")
                .collect(Collectors.joining("\n"));
        Api.admin().contentType("application/x-ndjson").queryParam("wait_for", "indexed").queryParam("allow_duplicates", true)
                .body(published)
                .post("/api/v1/innovations/import").then().statusCode(200).header("Lumbung-Indexed", equalTo("true"));
        loadIndicators();
        for (String event : resource("/demo/learning_events.jsonl").lines().filter(l -> !l.isBlank()).toList()) {
            Api.admin().body(event).post("/api/v1/learning-events").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        loadedForPort = RestAssured.port;
    }

    /** The demo poverty indicators (region_stats.jsonl), as the service's demo loader records them. */
    private static void loadIndicators() {
        for (String line : resource("/demo/region_stats.jsonl").lines().filter(l -> !l.isBlank()).toList()) {
            JsonPath json = JsonPath.from(line);
            String code = json.getString("region_code");
            Map<String, Object> body = new HashMap<>();
            body.put("indicator", json.getString("indicator"));
            body.put("period", json.getString("period"));
            body.put("value", json.getDouble("value"));
            body.put("source", json.getString("source_url"));
            Api.reviewer().body(body).put("/api/v1/regions/" + (code == null ? "nasional" : code) + "/indicators")
                    .then().statusCode(200);
        }
    }

    public static String resource(String path) {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header and the rows of a bundled idn-area-data file whose codes the demo data names. */
    public static String csvRows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoCatalogue.class.getResourceAsStream("/area-data/" + file), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            return header + "\n" + reader.lines().filter(l -> SMALL_REGIONS.contains(l.substring(0, l.indexOf(','))))
                    .collect(Collectors.joining("\n")) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
