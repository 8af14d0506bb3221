package id.lumbung.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits at small values, and client addresses from X-Forwarded-For so each test is its own client. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(PostgresTestResource.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.access.rate-limit.anonymous-per-minute", "5",
                    "lumbung.access.login.max-failures", "3",
                    "lumbung.access.login.lockout", "1m",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
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
}
