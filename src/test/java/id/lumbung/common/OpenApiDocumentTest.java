package id.lumbung.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document as an API client reads it (/q/openapi): every operation has a summary, its parameters are
 * described, it lists the problems it can answer as problem+json, and its bodies carry examples from the demo
 * catalogue that are what the service really answers and accepts.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private JsonPath document;

    @BeforeEach
    void read() {
        document = Api.anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** Calls {@code check} with "METHOD path" and the operation, for every operation of the document. */
    @SuppressWarnings("unchecked")
    private void eachOperation(BiConsumer<String, Map<String, Object>> check) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        assertTrue(paths.size() >= 40, "the document lists the API's paths: " + paths.size());
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                check.accept(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @Test
    void everyOperationHasASummaryATagAndDescribedParameters() {
        Set<String> tags = new TreeSet<>(document.getList("tags.name"));
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (!(operation.get("summary") instanceof String summary) || summary.isBlank()) {
                missing.add(name + ": no summary");
            }
            List<String> operationTags = (List<String>) operation.get("tags");
            if (operationTags == null || operationTags.size() != 1 || !tags.contains(operationTags.getFirst())) {
                missing.add(name + ": tags " + operationTags + " are not one of " + tags);
            }
            for (Map<String, Object> parameter : list(operation.get("parameters"))) {
                if (!(parameter.get("description") instanceof String description) || description.isBlank()) {
                    missing.add(name + ": parameter " + parameter.get("name") + " has no description");
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOperationListsTheProblemsItCanAnswer() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            Set<String> expected = new TreeSet<>(List.of("429", "503"));
            List<Map<String, Object>> parameters = list(operation.get("parameters"));
            boolean body = operation.containsKey("requestBody");
            if (body || !parameters.isEmpty()) {
                expected.add("400");
            }
            if (operation.containsKey("security")) {
                expected.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            if (!name.startsWith("GET ")) {
                expected.add("409");
            }
            if (parameters.stream().anyMatch(p -> "If-Match".equals(p.get("name")))) {
                expected.add("412");
            }
            if (body) {
                expected.addAll(List.of("413", "415"));
            }
            if (name.startsWith("PATCH ")) {
                expected.add("428");
            }
            if (!responses.keySet().containsAll(expected)) {
                missing.add(name + ": answers " + responses.keySet() + ", lacks some of " + expected);
            }
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                missing.add(name + ": no 4xx response");
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String ref = (String) map(response).get("$ref");
                    if (ref == null || !ref.startsWith("#/components/responses/")) {
                        missing.add(name + ": " + status + " is not one of the documented problems");
                    }
                }
            });
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyProblemIsProblemJsonWithItsTypeShown() {
        Map<String, Map<String, Object>> responses = document.getMap("components.responses");
        assertEquals(Set.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "PreconditionFailed",
                "PreconditionRequired", "PayloadTooLarge", "UnsupportedMediaType", "InvalidImport", "TooManyRequests",
                "ServiceUnavailable"), responses.keySet());
        responses.forEach((name, response) -> {
            Map<String, Object> media = map(map(response.get("content")).get("application/problem+json"));
            assertEquals("#/components/schemas/Problem", map(media.get("schema")).get("$ref"), name);
            List<Map<String, Object>> examples = new ArrayList<>();
            if (media.get("example") != null) {
                examples.add(map(media.get("example")));
            }
            map(media.get("examples")).values().forEach(example -> examples.add(map(map(example).get("value"))));
            assertFalse(examples.isEmpty(), name + " has an example");
            for (Map<String, Object> example : examples) {
                Object type = example.get("type");
                assertTrue(type == null ? ((String) response.get("description")).toLowerCase().contains("no type")
                        : ((String) type).startsWith("https://lumbung.id/problems/"), name + ": " + type);
                assertTrue(example.get("status") instanceof Integer, name + " shows its status");
            }
        });
    }

    @Test
    void everyBodyHasAnExampleThatFitsItsSchema() {
        Map<String, Map<String, Object>> examples = document.getMap("components.examples");
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            Map<String, Object> bodies = new HashMap<>();
            bodies.put("request", map(operation.get("requestBody")).get("content"));
            map(operation.get("responses")).forEach((status, response) -> {
                if (status.startsWith("2")) {
                    bodies.put(status, map(response).get("content"));
                }
            });
            bodies.forEach((which, content) -> map(content).forEach((mediaType, media) -> {
                Map<String, Object> medium = map(media);
                String ref = (String) map(map(map(medium.get("examples")).get("demo"))).get("$ref");
                if (ref == null) {
                    missing.add(name + " " + which + " " + mediaType + ": no example");
                    return;
                }
                Map<String, Object> example = examples.get(ref.substring(ref.lastIndexOf('/') + 1));
                String schemaRef = (String) map(medium.get("schema")).get("$ref");
                if (schemaRef != null && example.get("value") instanceof Map<?, ?> value) {
                    Set<String> properties = map(schemas.get(schemaRef.substring(schemaRef.lastIndexOf('/') + 1))
                            .get("properties")).keySet();
                    Set<String> unknown = new TreeSet<>((Set<String>) value.keySet());
                    unknown.removeAll(properties);
                    if (!unknown.isEmpty()) {
                        missing.add(name + " " + which + ": the example has fields its schema lacks: " + unknown);
                    }
                }
            }));
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void theInnovationExampleIsGertakAsTheServiceAnswersIt() {
        DemoCatalogue.ensurePublished();
        Map<String, Object> example = new HashMap<>(document.getMap("components.examples.'InnovationView.json'.value"));
        Map<String, Object> answer = new HashMap<>(Api.anonymous().get("/api/v1/innovations/gertak-trenggalek")
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        for (String changing : List.of("created_at", "updated_at", "version")) {
            assertTrue(example.remove(changing) != null && answer.remove(changing) != null, changing);
        }
        assertEquals(answer, example);
    }

    @Test
    void theRequestExampleOfAnInnovationIsTheDemosRecordAndIsAccepted() throws Exception {
        DemoCatalogue.ensurePublished();
        Map<String, Object> example = document.getMap("components.examples.'InnovationInput.json'.value");
        String line = new ObjectMapper().writeValueAsString(example);
        Api.curator().contentType("application/x-ndjson").queryParam("dryRun", true).body(line)
                .post("/api/v1/innovations/import").then().statusCode(200)
                .body("lines", equalTo(1)).body("created", equalTo(0))
                .body("unchanged", equalTo(1));
    }

    @Test
    void pagesStayOutOfTheApiDocumentAndSwaggerUiShowsIt() {
        Map<String, Object> paths = document.getMap("paths");
        assertEquals(List.of(), paths.keySet().stream().filter(p -> !p.startsWith("/api/v1/")).toList());
        Api.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
