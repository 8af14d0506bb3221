package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.GET;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guard rail: every GET path of the service's own OpenAPI document and of its pages, path parameters filled from the
 * demo catalogue, called as anonymous, with an API key and as admin, answers below 500. A new endpoint is covered
 * without anyone remembering to add it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class EveryGetPathTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    @Test
    void everyGetPathAnswersEveryCallerBelow500() throws Exception {
        DemoCatalogue.ensurePublished();
        String event = "acara-rambu-" + System.nanoTime() % 100000;
        Api.admin().body(Map.of("slug", event, "name", "Acara uji rambu", "date", "2024-05-01"))
                .post("/api/v1/learning-events").then().statusCode(201);
        // An adopter of its own, so no other test's replication of the demo entry is taken.
        int replication = Api.reviewer().body(Map.of("source_slug", "gertak-trenggalek", "adopter_name",
                "Lembaga Uji Rambu " + System.nanoTime() % 100000, "adopter_country", "ID", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201).extract().path("id");
        String key = ApiKeys.create(List.of(), 100_000).path("key");

        Map<String, Object> api = Api.anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> paths = new ArrayList<>(api.entrySet().stream()
                .filter(path -> path.getValue() instanceof Map<?, ?> operations && operations.containsKey("get"))
                .map(Map.Entry::getKey).toList());
        List<String> pages = pageGetPaths();
        assertTrue(pages.size() >= 15, "the pages' GET paths: " + pages);
        paths.addAll(pages);
        List<Supplier<RequestSpecification>> callers = List.of(Api::anonymous,
                () -> Api.anonymous().header("X-API-Key", key), Api::admin);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String path : paths) {
            String url = fill(path, event, replication);
            for (Supplier<RequestSpecification> caller : callers) {
                int status = caller.get().redirects().follow(false).get(url).then().extract().statusCode();
                calls++;
                if (status >= 500) {
                    failures.add(url + " -> " + status);
                }
            }
        }
        assertTrue(calls >= 3 * 45, "the OpenAPI document lists the GET paths (" + calls + " calls)");
        assertTrue(failures.isEmpty(), "5xx answers:\n" + String.join("\n", failures));
    }

    /**
     * The GET paths of the pages, which the API document leaves out (they are HTML for people): read from the
     * resource classes of the web package, so a new page is covered as a new endpoint of the API is.
     */
    private static List<String> pageGetPaths() throws IOException, ClassNotFoundException {
        List<String> paths = new ArrayList<>();
        List<Path> classes;
        try (Stream<Path> files = Files.list(Path.of("target", "classes", "id", "lumbung", "web"))) {
            classes = files.filter(f -> f.getFileName().toString().matches("[A-Za-z]+\\.class")).toList();
        }
        for (Path file : classes) {
            Class<?> type = Class.forName("id.lumbung.web." + file.getFileName().toString().replace(".class", ""));
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            for (Method method : root == null ? new Method[0] : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    paths.add((root.value() + (sub == null ? "" : sub.value())).replace("//", "/"));
                }
            }
        }
        return paths;
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
