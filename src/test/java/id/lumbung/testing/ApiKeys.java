package id.lumbung.testing;

import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** API keys made by the admin for a test; {@code path("key")} is the secret, {@code path("api_key.id")} its id. */
public final class ApiKeys {

    private ApiKeys() {
    }

    public static ExtractableResponse<Response> create(List<String> origins, Integer perMinute) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Situs Bappeda", "owner", "Bappeda Contoh",
                "allowed_origins", origins));
        if (perMinute != null) {
            body.put("rate_limit_per_minute", perMinute);
        }
        return Api.admin().body(body).post("/api/v1/api-keys").then().statusCode(201)
                .header("Cache-Control", "no-store").body("key", startsWith("lmb_")).extract();
    }
}
