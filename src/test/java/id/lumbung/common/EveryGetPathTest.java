package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guard rail: every GET path of the service's own OpenAPI document, path parameters filled from the demo catalogue,
 * called as anonymous, with an API key and as admin, answers below 500. A new endpoint is covered without anyone
 * remembering to add it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class EveryGetPathTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    @Test
    void everyGetPathAnswersEveryCallerBelow500() {
        DemoCatalogue.ensurePublished();
        String event = "acara-rambu-" + System.nanoTime() % 100000;
        Api.admin().body(Map.of("slug", event, "name", "Acara uji rambu", "date", "2024-05-01"))
                .post("/api/v1/learning-events").then().statusCode(201);
        // An adopter of its own, so no other test's replication of the demo entry is taken.
        int replication = Api.reviewer().body(Map.of("source_slug", "gertak-trenggalek", "adopter_name",
                "Lembaga Uji Rambu " + System.nanoTime() % 100000, "adopter_country", "ID", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201).extract().path("id");
        String key = ApiKeys.create(List.of(), 100_000).path("key");

        Map<String, Object> paths = Api.anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Supplier<RequestSpecification>> callers = List.of(Api::anonymous,
                () -> Api.anonymous().header("X-API-Key", key), Api::admin);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (!(path.getValue() instanceof Map<?, ?> operations) || !operations.containsKey("get")) {
                continue;
            }
            String url = fill(path.getKey(), event, replication);
            for (Supplier<RequestSpecification> caller : callers) {
                int status = caller.get().redirects().follow(false).get(url).then().extract().statusCode();
                calls++;
                if (status >= 500) {
                    failures.add(url + " -> " + status);
                }
            }
        }
        assertTrue(calls >= 3 * 30, "the OpenAPI document lists the GET paths (" + calls + " calls)");
        assertTrue(failures.isEmpty(), "5xx answers:\n" + String.join("\n", failures));
    }

    /** The path with sample values: a demo innovation, a Kemendagri region, a replication, a learning event. */
    private static String fill(String template, String event, int replication) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            String value = switch (parameter.group(1)) {
                case "slug" -> template.startsWith("/api/v1/learning-events") ? event : "gertak-trenggalek";
                case "code" -> "35.03";
                case "id" -> Integer.toString(replication);
                case "username" -> "admin";
                default -> "contoh";
            };
            parameter.appendReplacement(url, value);
        }
        parameter.appendTail(url);
        return url.toString();
    }
}
