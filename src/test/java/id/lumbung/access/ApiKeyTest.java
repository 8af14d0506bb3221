package id.lumbung.access;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiKeyTest {

    static final String HOST = "https://bappeda.contoh.go.id";

    @Test
    void aKeyReadsWhatThePublicReadsAndNothingMore() {
        var created = ApiKeys.create(List.of(HOST), null);
        String key = created.path("key");
        int id = created.path("api_key.id");
        Api.admin().get("/api/v1/api-keys").then().statusCode(200)
                .body("find { it.id == " + id + " }", not(hasKey("key")))
                .body("find { it.id == " + id + " }.rate_limit_per_minute", equalTo(600))
                .body("find { it.id == " + id + " }.active", equalTo(true));

        Api.anonymous().header("X-API-Key", key).get("/api/v1/search?q=kemiskinan").then().statusCode(200);
        Api.anonymous().header("X-API-Key", key).body(anInnovation().json()).post("/api/v1/innovations").then().statusCode(403);
        Api.anonymous().header("X-API-Key", key).get("/api/v1/replications/stalled").then().statusCode(403);
        var draft = anInnovation();
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.anonymous().header("X-API-Key", key).queryParam("status", "draft").queryParam("limit", 100)
                .get("/api/v1/innovations").then().statusCode(200)
                .body("items.slug", not(org.hamcrest.Matchers.hasItem(draft.slug())));
        Api.anonymous().header("X-API-Key", key).get("/api/v1/innovations/" + draft.slug()).then().statusCode(404);

        Api.anonymous().header("X-API-Key", key + "x").get("/api/v1/search").then().statusCode(401)
                .contentType("application/problem+json");
        Api.anonymous().header("X-API-Key", "lmb_bukan").get("/api/v1/search").then().statusCode(401);

        Api.admin().delete("/api/v1/api-keys/" + id).then().statusCode(200).body("active", equalTo(false));
        Api.anonymous().header("X-API-Key", key).get("/api/v1/search").then().statusCode(401);
    }

    @Test
    void onlyAdminsManageKeysAndInputIsChecked() {
        Api.curator().body(Map.of("name", "x", "owner", "y")).post("/api/v1/api-keys").then().statusCode(403);
        Api.anonymous().get("/api/v1/api-keys").then().statusCode(401);
        Api.admin().body(Map.of("name", "x", "owner", "y", "allowed_origins", List.of("javascript:alert(1)")))
                .post("/api/v1/api-keys").then().statusCode(400)
                .body("violations[0].field", startsWith("allowed_origins"));
        Api.admin().body(Map.of("name", "x", "owner", "y", "rate_limit_per_minute", 0)).post("/api/v1/api-keys")
                .then().statusCode(400);
        Api.admin().delete("/api/v1/api-keys/999999").then().statusCode(404);
    }

    @Test
    void corsOnlyForRegisteredOriginsAndAKeyOnlyFromItsOwn() {
        String key = ApiKeys.create(List.of(HOST), null).path("key");
        Api.anonymous().header("Origin", HOST).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-API-Key").options("/api/v1/search").then().statusCode(204)
                .header("Access-Control-Allow-Origin", HOST)
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsString("X-API-Key"));
        Api.anonymous().header("Origin", "https://jahat.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/search").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());

        Api.anonymous().header("Origin", HOST).header("X-API-Key", key).get("/api/v1/search?q=umkm").then()
                .statusCode(200).header("Access-Control-Allow-Origin", HOST)
                .header("Vary", "Accept, Origin, Authorization, X-API-Key, Cookie");
        Api.anonymous().header("Origin", "https://jahat.example").get("/api/v1/search?q=umkm").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());

        String other = ApiKeys.create(List.of("https://lain.contoh.go.id"), null).path("key");
        Api.anonymous().header("Origin", HOST).header("X-API-Key", other).get("/api/v1/search").then().statusCode(403)
                .contentType("application/problem+json");
        Api.anonymous().header("X-API-Key", other).get("/api/v1/search").then().statusCode(200);
    }

    @Test
    void securityHeadersOnAnswersAndErrors() {
        for (var response : List.of(Api.anonymous().get("/api/v1/themes").then().statusCode(200),
                Api.anonymous().get("/api/v1/users").then().statusCode(401),
                Api.anonymous().get("/api/v1/innovations/tidak-ada").then().statusCode(404))) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", startsWith("default-src 'none'"));
        }
    }
}
