package id.lumbung.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A small HTTP client for tests against running processes: the JDK's client (RestAssured would compile Groovy on
 * every call, and its configuration is global).
 */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String base;
    private final String authorization;
    private final String apiKey;

    private Http(String base, String authorization, String apiKey) {
        this.base = base;
        this.authorization = authorization;
        this.apiKey = apiKey;
    }

    public static Http at(String base) {
        return new Http(base, null, null);
    }

    public Http as(String user, String password) {
        byte[] credentials = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return new Http(base, "Basic " + Base64.getEncoder().encodeToString(credentials), apiKey);
    }

    /** The same client sending {@code X-API-Key}, as an embedding site does. */
    public Http withApiKey(String key) {
        return new Http(base, authorization, key);
    }

    public String base() {
        return base;
    }

    /** A response: status, headers and body. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Response delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    public Response post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response postJson(String path, Object body) throws IOException, InterruptedException {
        return post(path, "application/json", JSON.writeValueAsString(body));
    }

    /** The search's total for a query ("" for the whole public catalogue), counted exactly whatever the catalogue's size. */
    public long searchTotal(String q) throws IOException, InterruptedException {
        Response response = get("/api/v1/search?limit=1&exact_counts=true" + (q.isEmpty() ? "" : "&q=" + encode(q)));
        if (response.status() != 200) {
            throw new IOException("search answered " + response.status() + ": " + response.body());
        }
        return response.json().path("total").asLong();
    }

    /** Creates a published innovation findable by {@code token} ({@code ?wait_for=indexed} when asked). */
    public Response createPublished(String token, boolean waitForIndexed) throws IOException, InterruptedException {
        return postJson("/api/v1/innovations?confirm_duplicate=true" + (waitForIndexed ? "&wait_for=indexed" : ""),
                TestEntries.innovation(token));
    }

    /** Whether a search for the token finds its innovation. */
    public boolean finds(String token) throws IOException, InterruptedException {
        return searchSlugs(token).contains(TestEntries.slug(token));
    }

    /** The slugs of the search's first hits for a query. */
    public java.util.List<String> searchSlugs(String q) throws IOException, InterruptedException {
        Response response = get("/api/v1/search?limit=20&q=" + encode(q));
        if (response.status() != 200) {
            throw new IOException("search answered " + response.status() + ": " + response.body());
        }
        java.util.List<String> slugs = new java.util.ArrayList<>();
        response.json().path("hits").forEach(hit -> slugs.add(hit.path("slug").asText()));
        return slugs;
    }

    /** Whether the node answers 200 on /q/health/ready. */
    public boolean ready() {
        try {
            return get("/q/health/ready").status() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }
}
