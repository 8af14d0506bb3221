package id.lumbung.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.RawHttp;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limits at small values. 127.0.0.1 (the tests' own address) is a trusted proxy here, so each test names its
 * client in X-Forwarded-For or Forwarded, and forged hops before the real one must not help.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(PostgresTestResource.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.access.rate-limit.anonymous-per-minute", "5",
                    "lumbung.access.rate-limit.search-page-per-minute", "4",
                    "lumbung.access.login.max-failures", "3",
                    "lumbung.access.login.lockout", "1m",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void anonymousClientsAreLimitedPerAddress() {
        for (int i = 0; i < 5; i++) {
            Api.anonymous().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/themes").then().statusCode(200);
        }
        Api.anonymous().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/themes").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("5 requests per minute"));
        Api.anonymous().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/themes").then().statusCode(200);
        Api.admin().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/themes").then().statusCode(200);
        Api.anonymous().get("/q/metrics").then().statusCode(200)
                .body(containsString("lumbung_rate_limit_requests_total{client=\"anonymous\",outcome=\"rejected\"}"));
    }

    @Test
    void pathsRefusedBeforeRoutingLeaveNoTraceInTheMetrics() {
        for (int i = 0; i < 6; i++) {
            Api.anonymous().header("X-Forwarded-For", "203.0.113.9").get("/api/v1/innovations/rahasia-draf-" + i);
        }
        Api.anonymous().header("X-Forwarded-For", "203.0.113.9").get("/api/v1/innovations/rahasia-draf-9").then()
                .statusCode(429);
        Api.as("Nama Tak Mungkin", "x").header("X-Forwarded-For", "203.0.113.10").get("/api/v1/users/nama-pengguna-rahasia")
                .then().statusCode(401);
        Api.anonymous().header("X-Forwarded-For", "203.0.113.11").put("/inovasi/rahasia-halaman").then().statusCode(405);
        Api.anonymous().header("X-Forwarded-For", "203.0.113.11").get("/api/v1/rahasia-tak-ada").then().statusCode(404);
        String scraped = Api.anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(scraped.contains("rahasia"), "a refused path is a label of the metrics");
        assertTrue(scraped.contains("status=\"401\",uri=\"/REFUSED\""), "refusals before routing share one label");
    }

    @Test
    void eachKeyHasItsOwnLimit() {
        String key = ApiKeys.create(List.of(), 3).path("key");
        for (int i = 0; i < 3; i++) {
            Api.anonymous().header("X-API-Key", key).header("X-Forwarded-For", "198.51.100.1").get("/api/v1/themes")
                    .then().statusCode(200);
        }
        Api.anonymous().header("X-API-Key", key).header("X-Forwarded-For", "198.51.100.2").get("/api/v1/themes")
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("API key"));
    }

    @Test
    void repeatedWrongPasswordsLockTheUserNameForAWhile() {
        Api.curator().get("/api/v1/replications/stalled").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            Api.as("kurator", "salah-sandi-" + i)
                    .get("/api/v1/replications/stalled").then().statusCode(401);
        }
        Api.curator().get("/api/v1/replications/stalled").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", equalTo("https://lumbung.id/problems/login-locked"));
        Api.reviewer().get("/api/v1/replications/stalled").then().statusCode(200);
    }

    @Test
    void aRightPasswordIsNoFailedSignInWhateverTheRequestIsAnswered() {
        String user = "tepat" + System.nanoTime() % 1_000_000;
        String password = "Sandi-Tepat-Panjang-77";
        Api.admin().body(Map.of("username", user, "password", password, "role", "curator")).post("/api/v1/users")
                .then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            Api.as(user, password).body("{\"name\":\"ab").post("/api/v1/innovations").then().statusCode(400);
            Api.as(user, password).accept("application/xml").get("/api/v1/search/synonyms").then().statusCode(406);
        }
        Api.as(user, password).get("/api/v1/search/synonyms").then().statusCode(200);
        Api.as(user, "salah-sandi").get("/api/v1/search/synonyms").then().statusCode(401);
        Api.as(user, password).get("/api/v1/search/synonyms").then().statusCode(200);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccessConfig config;

    @Inject
    MeterRegistry metrics;

    @Test
    void forgedHopsBeforeTheRealAddressDoNotEscapeTheLimit() {
        Random random = new Random(18);
        for (int i = 0; i < 5; i++) {
            Api.anonymous().header("X-Forwarded-For", forged(random) + ", 203.0.113.60").get("/api/v1/themes")
                    .then().statusCode(200);
        }
        Api.anonymous().header("X-Forwarded-For", forged(random) + ", 203.0.113.60").get("/api/v1/themes")
                .then().statusCode(429);
        for (int i = 0; i < 5; i++) {
            Api.anonymous().header("Forwarded", "for=" + forged(random) + ", for=\"203.0.113.61:4711\"").get("/api/v1/themes")
                    .then().statusCode(200);
        }
        Api.anonymous().header("Forwarded", "for=" + forged(random) + ";proto=https, for=203.0.113.61")
                .get("/api/v1/themes").then().statusCode(429);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%61pi/v1/themes", "//api/v1/themes", "/%61pi/v1/innovations/export", "/api/v1//themes"})
    void everySpellingOfAnApiPathSpendsTheSameBudget(String spelling) {
        String client = "203.0.113." + (100 + Math.abs(spelling.hashCode() % 100));
        for (int i = 0; i < 5; i++) {
            String path = i % 2 == 0 ? spelling : "/api/v1/themes";
            assertEquals(200, RawHttp.get(path, Map.of("X-Forwarded-For", client)).status(), path);
        }
        RawHttp.Answer refused = RawHttp.get(spelling, Map.of("X-Forwarded-For", client));
        assertEquals(429, refused.status(), spelling + ": " + refused.body());
        assertNotNull(refused.header("Retry-After"));
    }

    @Test
    void theSearchPageHasAGenerousLimitPerAddressAnsweredAsAPage() {
        for (int i = 0; i < 4; i++) {
            Api.anonymous().header("X-Forwarded-For", "203.0.113.80").queryParam("q", "kemiskinan").get("/cari")
                    .then().statusCode(200);
        }
        Api.anonymous().header("X-Forwarded-For", "203.0.113.80").queryParam("q", "kemiskinan").get("/cari").then()
                .statusCode(429).contentType(containsString("text/html")).header("Retry-After", notNullValue())
                .body(containsString("Terlalu banyak permintaan"));
        Api.anonymous().header("X-Forwarded-For", "203.0.113.81").get("/cari").then().statusCode(200);
        // The pages that show one record are not limited.
        for (int i = 0; i < 6; i++) {
            Api.anonymous().header("X-Forwarded-For", "203.0.113.80").get("/masuk").then().statusCode(200);
        }
    }

    /** Two limiters of their own, as two nodes would have, over the one database: together they keep one limit. */
    @Test
    void twoLimitersSharingTheDatabaseKeepOneLimit() {
        SharedBuckets first = limiter();
        SharedBuckets second = limiter();
        String key = "rate:test:" + System.nanoTime();
        BucketConfiguration five = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1))).build();
        int allowed = 0;
        for (int i = 0; i < 12; i++) {
            SharedBuckets node = i % 2 == 0 ? first : second;
            if (node.take(key, five, SharedBuckets.Sync.BATCHED).isConsumed()) {
                allowed++;
            }
        }
        assertEquals(5, allowed, "5 per minute across both limiters");
        // A larger limit synchronises every 5 % of it: together they overshoot by at most 2 x 5 % of 100.
        String bigKey = "rate:test:big:" + System.nanoTime();
        BucketConfiguration hundred = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(100).refillGreedy(100, Duration.ofMinutes(1))).build();
        int allowedOfHundred = 0;
        for (int i = 0; i < 300; i++) {
            SharedBuckets node = i % 2 == 0 ? first : second;
            if (node.take(bigKey, hundred, SharedBuckets.Sync.BATCHED).isConsumed()) {
                allowedOfHundred++;
            }
        }
        assertTrue(allowedOfHundred >= 100 && allowedOfHundred <= 110, "allowed " + allowedOfHundred + " of 100");
    }

    private SharedBuckets limiter() {
        SharedBuckets buckets = new SharedBuckets();
        buckets.dataSource = dataSource;
        buckets.config = config;
        buckets.metrics = metrics;
        buckets.connect();
        return buckets;
    }

    private static String forged(Random random) {
        return "198.51.100." + random.nextInt(250);
    }
}
