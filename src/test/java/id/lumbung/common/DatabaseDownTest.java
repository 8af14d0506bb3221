package id.lumbung.common;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.access.KeyUsage;
import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.StoppablePostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * API keys as the request path sees them, and what every kind of caller gets when PostgreSQL is down: keyed and
 * anonymous search keep answering from the index; everything that needs the database answers 503 with Retry-After
 * (problem+json for the API, an Indonesian page for pages), never 500. Stops its own embedded server, so runs last.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.ShortKeyTrust.class)
@WithTestResource(StoppablePostgres.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseDownTest {

    /** Keys trusted for 2 s; last use written only when the test asks; three sign-in attempts in hand. */
    public static class ShortKeyTrust implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.access.api-keys.verified-for", "2s",
                    "lumbung.access.api-keys.last-used-flush-interval", "1h",
                    "lumbung.access.login.max-failures", "3");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KeyUsage usage;

    private static String verifiedKey;

    private Object scalar(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static ValidatableResponse keyedSearch(String key, String q) {
        return Api.anonymous().header("X-API-Key", key).queryParam("q", q).get("/api/v1/search").then();
    }

    @Test
    @Order(1)
    void aRevocationReachesThisNodeWithinTheTrustPeriod() throws Exception {
        var created = ApiKeys.create(List.of(), null);
        String key = created.path("key");
        int id = created.path("api_key.id");
        keyedSearch(key, "kemiskinan").statusCode(200);
        // Revoked by "another node": straight in the database, so this node's cache knows nothing of it.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update api_key set revoked_at = now() where id = " + id);
        }
        long revokedAt = System.nanoTime();
        int status;
        do {
            status = keyedSearch(key, "kemiskinan").extract().statusCode();
            Thread.sleep(50);
        } while (status == 200 && System.nanoTime() - revokedAt < 10_000_000_000L);
        long tookMillis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertEquals(401, status);
        assertTrue(tookMillis <= 2_500, "revocation took " + tookMillis + " ms; the bound is 2 s");
    }

    @Test
    @Order(2)
    void theLastUseIsWrittenOffTheRequestPath() throws Exception {
        var created = ApiKeys.create(List.of(), null);
        verifiedKey = created.path("key");
        int id = created.path("api_key.id");
        keyedSearch(verifiedKey, "kemiskinan").statusCode(200);
        assertNull(scalar("select last_used_at from api_key where id = " + id), "not written by the request");
        usage.flush();
        assertNotNull(scalar("select last_used_at from api_key where id = " + id), "written by the batch");
    }

    @Test
    @Order(3)
    void withPostgresDownSearchAnswersAndEverythingElseIs503() {
        Innovations innovation = anInnovation().withStatus("published").withAcronym("Zzbasidown")
                .with("summary", "Program zzbasidown untuk uji basis data mati.");
        Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201);
        keyedSearch(verifiedKey, "zzbasidown").statusCode(200);
        String neverSeen = ApiKeys.create(List.of(), null).path("key");

        StoppablePostgres.stopServer();

        // Readers of the index: anonymous and keyed (a key verified before the outage), also after its trust period.
        Api.anonymous().queryParam("q", "zzbasidown").get("/api/v1/search").then().statusCode(200)
                .body("hits.slug", hasItem(innovation.slug()));
        sleep(2_100);
        keyedSearch(verifiedKey, "zzbasidown").statusCode(200).body("hits.slug", hasItem(innovation.slug()));
        Api.anonymous().header("X-API-Key", verifiedKey).queryParam("q", "zzbas").get("/api/v1/search/suggest")
                .then().statusCode(200);
        RestAssured.given().queryParam("q", "zzbasidown").get("/cari").then().statusCode(200)
                .body(containsString(innovation.slug()));

        // Everything that needs PostgreSQL: 503 with Retry-After, as problem+json or as a page.
        unavailable(Api.anonymous().get("/api/v1/innovations/" + innovation.slug()).then());
        unavailable(keyedSearchWith(neverSeen));
        unavailable(Api.admin().body(anInnovation().json()).post("/api/v1/innovations").then());
        unavailable(Api.as("admin", "sandi-yang-salah-sekali").get("/api/v1/users").then());
        // A password that could not be judged is no failed guess: a client retrying through the outage keeps its
        // three attempts (without giving them back, the fourth request would be refused with 429).
        for (int i = 0; i < 6; i++) {
            unavailable(Api.as("kurator.tunggu", "sandi-apa-saja").get("/api/v1/users").then());
        }
        unavailable(Api.admin().body(Map.of("rule", "zza, zzb")).post("/api/v1/search/synonyms").then());
        for (String page : List.of("/", "/inovasi/" + innovation.slug(), "/replikasi", "/daerah/33.14")) {
            RestAssured.get(page).then().statusCode(503).contentType(containsString("text/html"))
                    .header("Retry-After", equalTo("15"))
                    .body(containsString("Layanan sedang tidak tersedia"));
        }
    }

    private static ValidatableResponse keyedSearchWith(String key) {
        return keyedSearch(key, "zzbasidown");
    }

    private static void unavailable(ValidatableResponse response) {
        response.statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("15"))
                .header("Cache-Control", "no-store")
                .body("type", equalTo("https://lumbung.id/problems/database-unavailable"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
