package id.lumbung.access;

import static id.lumbung.testing.Innovations.anInnovation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AuthorizationTest {

    @Test
    void anonymousWritesNeedCredentials() {
        Api.anonymous().body(anInnovation().json()).post("/api/v1/innovations").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        Api.anonymous().contentType("application/x-ndjson").body("{}").post("/api/v1/innovations/import")
                .then().statusCode(401);
        Api.anonymous().delete("/api/v1/innovations/gertak-trenggalek").then().statusCode(401);
        Api.anonymous().body(Map.of("alias", "Uji")).post("/api/v1/regions/33.14/aliases").then().statusCode(401);
        Api.anonymous().get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void wrongPasswordIsRefused() {
        given().contentType(ContentType.JSON).auth().preemptive().basic("admin", "salah-sandi-sekali")
                .body(anInnovation().json()).post("/api/v1/innovations").then().statusCode(401);
    }

    @Test
    void curatorsCannotPublishButReviewersCan() {
        Api.curator().body(anInnovation().withStatus("published").json()).post("/api/v1/innovations")
                .then().statusCode(403).contentType("application/problem+json");
        var innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.curator().body(innovation.withStatus("published").json()).put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(403);
        Api.curator().body(innovation.withStatus("in_review").json()).put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(200).body("status", equalTo("in_review"));
        Api.reviewer().body(innovation.withStatus("published").json()).put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void onlyAdminsManageUsers() {
        Api.curator().get("/api/v1/users").then().statusCode(403);
        Api.admin().get("/api/v1/users").then().statusCode(200).body("username", hasItem("admin"));
        Api.admin().body(Map.of("username", "pendek", "password", "pendek", "role", "curator"))
                .post("/api/v1/users").then().statusCode(400).body("violations[0].field", equalTo("password"));
        Api.admin().body(Map.of("username", "tamu-" + System.nanoTime() % 100000, "password", "Sangat-Rahasia-99",
                "role", "superuser")).post("/api/v1/users").then().statusCode(400);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Api.admin().get("/api/v1/users").then().statusCode(200)
                .body("find { it.username == 'admin' }.password_hash", nullValue());
        String hash = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.<AppUser>find("username", "admin").firstResult().passwordHash);
        assertTrue(hash.startsWith("$2"), "bcrypt modular crypt format");
    }
}
