package id.lumbung.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document from what each operation shows, so that resources carry only their summaries:
 * the error responses it can answer (problem+json, described once in META-INF/openapi.yaml), its parameters'
 * descriptions and examples (components.parameters of that file, by name), and examples from the demo catalogue
 * for its bodies (openapi/examples/, named after the schema or, for NDJSON and CSV, after the path).
 */
public class ApiDocumentation implements OASFilter {

    private static final String EXAMPLES = "/openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Parameter> described = components.getParameters() == null ? Map.of()
                : new LinkedHashMap<>(components.getParameters());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            addErrors(path, method, operation);
            describeParameters(path, operation, described);
            addExamples(path, operation, components);
        }));
        components.setParameters(null);
    }

    /** The problems an operation can answer, from its method, path, parameters, body and security. */
    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            error(responses, "400", "BadRequest");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            error(responses, "401", "Unauthorized");
            error(responses, "403", "Forbidden");
        }
        if (path.contains("{")) {
            error(responses, "404", "NotFound");
        }
        if (method != PathItem.HttpMethod.GET) {
            error(responses, "409", "Conflict");
        }
        if (parameters && operation.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()))) {
            error(responses, "412", "PreconditionFailed");
        }
        if (body) {
            error(responses, "413", "PayloadTooLarge");
            error(responses, "415", "UnsupportedMediaType");
        }
        if (body && mediaTypes(operation.getRequestBody().getContent()).stream().anyMatch(ApiDocumentation::isFile)) {
            error(responses, "422", "InvalidImport");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            error(responses, "428", "PreconditionRequired");
        }
        error(responses, "429", "TooManyRequests");
        error(responses, "503", "ServiceUnavailable");
    }

    private static void error(APIResponses responses, String status, String name) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }

    /** Each parameter without a description takes the one of its name and place, the most specific to its path. */
    private static void describeParameters(String path, Operation operation, Map<String, Parameter> described) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Parameter source = null;
            for (Parameter candidate : described.values()) {
                if (candidate.getName().equals(parameter.getName()) && candidate.getIn() == parameter.getIn()) {
                    List<String> paths = paths(candidate);
                    if (paths.stream().anyMatch(path::startsWith) || paths.isEmpty() && source == null) {
                        source = candidate;
                    }
                }
            }
            if (source != null && parameter.getDescription() == null) {
                parameter.setDescription(source.getDescription());
                parameter.setExample(source.getExample());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> paths(Parameter parameter) {
        Object paths = parameter.getExtensions() == null ? null : parameter.getExtensions().get("x-paths");
        return paths instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The demo catalogue's example of every request and response body that has one. */
    private static void addExamples(String path, Operation operation, Components components) {
        if (operation.getRequestBody() != null) {
            addExamples(path, operation.getRequestBody().getContent(), components);
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                addExamples(path, response.getContent(), components);
            }
        });
    }

    private static void addExamples(String path, Content content, Components components) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            String name = exampleName(path, type, media);
            if (name == null || media.getExample() != null || media.getExamples() != null) {
                return;
            }
            if (components.getExamples() == null || !components.getExamples().containsKey(name)) {
                String text = resource(name);
                if (text == null) {
                    return;
                }
                components.addExample(name, OASFactory.createExample().summary("From the demo catalogue")
                        .value(isFile(type) ? text : parse(text)));
            }
            media.addExample("demo", OASFactory.createExample().ref(name));
        });
    }

    /** {@code InnovationView.json}, {@code ThemeView.list.json}; {@code innovations-import.ndjson} for files. */
    private static String exampleName(String path, String type, MediaType media) {
        if (isFile(type)) {
            return path.replaceFirst("^/api/v1/", "").replace('/', '-') + (type.contains("csv") ? ".csv" : ".ndjson");
        }
        Schema schema = media.getSchema();
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            return schemaName(schema) + ".json";
        }
        if (schema.getItems() != null && schema.getItems().getRef() != null) {
            return schemaName(schema.getItems()) + ".list.json";
        }
        return null;
    }

    private static String schemaName(Schema schema) {
        return schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
    }

    private static boolean isFile(String mediaType) {
        return mediaType.contains("ndjson") || mediaType.contains("jsonl") || mediaType.contains("csv");
    }

    private static List<String> mediaTypes(Content content) {
        return content == null || content.getMediaTypes() == null ? List.of()
                : new ArrayList<>(content.getMediaTypes().keySet());
    }

    private static String resource(String name) {
        try (InputStream in = ApiDocumentation.class.getResourceAsStream(EXAMPLES + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI example is not JSON", e);
        }
    }
}
