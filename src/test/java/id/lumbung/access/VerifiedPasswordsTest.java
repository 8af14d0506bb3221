package id.lumbung.access;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic with a remembered password check (decision 207): a password verified once against the account's current
 * hash costs no bcrypt again, and a changed password, a disabled account or a wrong password still take effect at
 * once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VerifiedPasswordsTest {

    private static final String PASSWORD = "Sandi-Ingat-Panjang-51";
    private static final String STALLED = "/api/v1/replications/stalled";

    @Inject
    MeterRegistry metrics;

    private double checks(String outcome) {
        // Found, not registered: registering here first would leave the service's counter without its description.
        Counter counter = metrics.find(VerifiedPasswords.CHECKS).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String newCurator() {
        String name = "ingat" + System.nanoTime() % 1_000_000;
        Api.admin().body(Map.of("username", name, "password", PASSWORD, "role", "curator")).post("/api/v1/users")
                .then().statusCode(201);
        return name;
    }

    @Test
    void aVerifiedPasswordIsHashedOnceThenRemembered() {
        String user = newCurator();
        double hashed = checks("hashed");
        double remembered = checks("remembered");
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        assertEquals(hashed + 1, checks("hashed"));
        for (int i = 0; i < 5; i++) {
            Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        }
        assertEquals(hashed + 1, checks("hashed"), "no bcrypt after the first request");
        assertEquals(remembered + 5, checks("remembered"));
        Api.anonymous().get("/q/metrics").then().statusCode(200).body(containsString(
                "# HELP lumbung_access_password_checks Password checks of HTTP Basic and the sign-in form"));
    }

    @Test
    void aRememberedPasswordGivesTheSameIdentityWithItsNameAndRole() {
        String user = newCurator();
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        double remembered = checks("remembered");
        // A curator: not an admin, not a reviewer (adding a synonym is theirs).
        Api.as(user, PASSWORD).get("/api/v1/users").then().statusCode(403);
        Api.as(user, PASSWORD).body(Map.of()).post("/api/v1/search/synonyms").then().statusCode(403);
        // Its own name: the account changes its own password.
        Api.as(user, PASSWORD).body(Map.of("current_password", PASSWORD, "password", "Sandi-Sendiri-Panjang-53"))
                .put("/api/v1/account/password").then().statusCode(204);
        assertEquals(remembered + 3, checks("remembered"), "three authentications without bcrypt");
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(401);
        Api.as(user, "Sandi-Sendiri-Panjang-53").get(STALLED).then().statusCode(200);
    }

    @Test
    void anUnknownNameCostsABcryptAllTheSame() {
        double hashed = checks("hashed");
        Api.as("tidak.ada" + System.nanoTime() % 1_000_000, PASSWORD).get(STALLED).then().statusCode(401);
        assertEquals(hashed + 1, checks("hashed"));
    }

    @Test
    void aWrongPasswordIsHashedEveryTimeAndRefused() {
        String user = newCurator();
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        double hashed = checks("hashed");
        Api.as(user, PASSWORD + "x").get(STALLED).then().statusCode(401);
        Api.as(user, PASSWORD + "x").get(STALLED).then().statusCode(401);
        assertEquals(hashed + 2, checks("hashed"));
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        assertEquals(hashed + 2, checks("hashed"), "the right password is still remembered");
    }

    @Test
    void aChangedPasswordTakesEffectAtOnce() {
        String user = newCurator();
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        Api.admin().body(Map.of("password", "Sandi-Ganti-Panjang-52")).put("/api/v1/users/" + user + "/password")
                .then().statusCode(204);
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(401);
        Api.as(user, "Sandi-Ganti-Panjang-52").get(STALLED).then().statusCode(200);
        // Set back, the password has a new hash: what was remembered for the old one does not count.
        Api.admin().body(Map.of("password", PASSWORD)).put("/api/v1/users/" + user + "/password").then().statusCode(204);
        double hashed = checks("hashed");
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        assertEquals(hashed + 1, checks("hashed"));
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceThoughItsPasswordWasRemembered() {
        String user = newCurator();
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
        Api.admin().post("/api/v1/users/" + user + "/disable").then().statusCode(200);
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(401);
        Api.admin().post("/api/v1/users/" + user + "/enable").then().statusCode(200);
        Api.as(user, PASSWORD).get(STALLED).then().statusCode(200);
    }
}
