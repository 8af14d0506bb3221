package id.lumbung.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Race;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Staff sessions: the cookie's flags, server-side ends (sign-out, disabled user, changed password), the sign-in form's
 * CSRF token, and throttling that parallel guesses cannot get past. The same profile as {@link RateLimitTest}: three
 * attempts per user name, 127.0.0.1 a trusted proxy.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(PostgresTestResource.class)
class StaffSessionTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String PASSWORD = "Sesi-Uji-Panjang-77";

    private static String newUser(String role) {
        String name = "sesi" + USERS.incrementAndGet() + "x" + System.nanoTime() % 100000;
        Api.admin().body(Map.of("username", name, "password", PASSWORD, "role", role)).post("/api/v1/users")
                .then().statusCode(201);
        return name;
    }

    private static boolean works(FormSignIn signIn) {
        int status = signIn.request().get("/kurator").statusCode();
        assertTrue(status == 200 || status == 303, "dashboard or sign-in redirect: " + status);
        return status == 200;
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureOverHttps() {
        String user = newUser("curator");
        FormSignIn plain = FormSignIn.as(user, PASSWORD);
        assertEquals(303, plain.answer().statusCode());
        String cookie = plain.answer().getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lumbung-sesi=")).findFirst().orElseThrow();
        String flags = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(cookie.startsWith("lumbung-sesi=") && flags.contains("; httponly") && flags.contains("samesite=strict"),
                cookie);
        assertFalse(flags.contains("; secure"), "no Secure flag over plain HTTP: " + cookie);
        for (Map<String, String> https : List.of(Map.of("X-Forwarded-Proto", "https"),
                Map.of("Forwarded", "for=203.0.113.20;proto=https"))) {
            String secure = FormSignIn.as(user, PASSWORD, https).answer().getHeaders().getValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("lumbung-sesi=")).findFirst().orElseThrow();
            String secureFlags = secure.toLowerCase(java.util.Locale.ROOT);
            assertTrue(secureFlags.contains("; secure") && secureFlags.contains("; httponly")
                    && secureFlags.contains("samesite=strict"), secure);
        }
        assertTrue(works(plain));
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        FormSignIn signIn = FormSignIn.as(newUser("curator"), PASSWORD);
        assertTrue(works(signIn));
        String dashboard = signIn.request().get("/kurator").asString();
        Response out = signIn.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", FormSignIn.token(dashboard)).post("/keluar");
        assertEquals(303, out.statusCode());
        assertTrue(out.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lumbung-sesi=;")
                && c.contains("Max-Age=0")), out.getHeaders().getValues("Set-Cookie").toString());
        // The copied cookie no longer opens anything, and is cleared when presented.
        Response copied = signIn.request().get("/kurator");
        assertEquals(303, copied.statusCode());
        assertTrue(copied.getHeader("Location").endsWith("/masuk"));
        assertTrue(signIn.request().get("/api/v1/replications/stalled").statusCode() == 401);
    }

    @Test
    void disablingAUserEndsTheirSessionsAndBasicSignIn() {
        String user = newUser("curator");
        FormSignIn signIn = FormSignIn.as(user, PASSWORD);
        assertTrue(works(signIn));
        Api.as(user, PASSWORD).get("/api/v1/replications/stalled").then().statusCode(200);
        Api.admin().post("/api/v1/users/" + user + "/disable").then().statusCode(200);
        assertFalse(works(signIn), "the session ended");
        Api.as(user, PASSWORD).get("/api/v1/replications/stalled").then().statusCode(401);
        assertNull(FormSignIn.as(user, PASSWORD).session(), "a disabled user cannot sign in");
        Api.admin().post("/api/v1/users/" + user + "/enable").then().statusCode(200);
        Api.as(user, PASSWORD).get("/api/v1/replications/stalled").then().statusCode(200);
        assertTrue(works(FormSignIn.as(user, PASSWORD)));
        Api.admin().post("/api/v1/users/admin/disable").then().statusCode(409);
    }

    @Test
    void changingAPasswordEndsTheSessions() {
        String user = newUser("reviewer");
        FormSignIn first = FormSignIn.as(user, PASSWORD);
        assertTrue(works(first));
        Api.admin().body(Map.of("password", "Sandi-Baru-Sekali-88")).put("/api/v1/users/" + user + "/password")
                .then().statusCode(204);
        assertFalse(works(first), "the admin's change ended the session");
        FormSignIn second = FormSignIn.as(user, "Sandi-Baru-Sekali-88");
        assertTrue(works(second));
        Api.as(user, "Sandi-Baru-Sekali-88").body(Map.of("current_password", "salah-sekali-1234", "password",
                "Sandi-Ketiga-Sekali-99")).put("/api/v1/account/password").then().statusCode(400);
        Api.as(user, "Sandi-Baru-Sekali-88").body(Map.of("current_password", "Sandi-Baru-Sekali-88", "password",
                "Sandi-Ketiga-Sekali-99")).put("/api/v1/account/password").then().statusCode(204);
        assertFalse(works(second), "the user's own change ended the session");
        Api.as(user, "Sandi-Ketiga-Sekali-99").get("/api/v1/replications/stalled").then().statusCode(200);
    }

    /** A form token planted before sign-in is dropped with it; the signed-in pages issue a new one. */
    @Test
    void signingInReplacesTheFormToken() {
        String user = newUser("curator");
        FormSignIn signIn = FormSignIn.as(user, PASSWORD);
        assertEquals(303, signIn.answer().statusCode());
        io.restassured.http.Cookie dropped = signIn.answer().getDetailedCookie("lumbung-csrf");
        assertEquals("", dropped.getValue());
        assertEquals(0, dropped.getMaxAge());
        assertEquals("/", dropped.getPath());
        Response dashboard = RestAssured.given().redirects().follow(false).cookie("lumbung-sesi", signIn.session())
                .get("/kurator");
        assertEquals(200, dashboard.statusCode());
        String renewed = dashboard.getCookie("lumbung-csrf");
        assertNotNull(renewed);
        assertNotEquals(signIn.csrfCookie(), renewed);
        assertEquals(303, RestAssured.given().redirects().follow(false).cookie("lumbung-sesi", signIn.session())
                .cookie("lumbung-csrf", renewed).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", FormSignIn.token(dashboard.asString())).post("/keluar").statusCode(),
                "a form of the signed-in pages posts with the new token");
    }

    @Test
    void signInWithoutTheCsrfTokenOpensNoSession() {
        String user = newUser("curator");
        Response page = RestAssured.get("/masuk");
        Response answer = RestAssured.given().redirects().follow(false).cookie("lumbung-csrf", page.getCookie("lumbung-csrf"))
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        assertEquals(400, answer.statusCode());
        assertNull(answer.getCookie("lumbung-sesi"));
    }

    @Test
    void parallelFormGuessesCannotSlipPastTheThrottle() throws Exception {
        String user = newUser("curator");
        Response page = RestAssured.get("/masuk");
        String csrf = page.getCookie("lumbung-csrf");
        String token = FormSignIn.token(page.asString());
        List<Integer> statuses = Race.of(20, () -> RestAssured.given().redirects().follow(false).cookie("lumbung-csrf", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("j_username", user).formParam("j_password", "tebakan-" + System.nanoTime())
                .post("/j_security_check").statusCode());
        assertEquals(3, statuses.stream().filter(s -> s == 303).count(), "password checks: " + statuses);
        assertEquals(17, statuses.stream().filter(s -> s == 429).count(), "refused unchecked: " + statuses);
        Response right = FormSignIn.as(user, PASSWORD).answer();
        assertEquals(429, right.statusCode(), "locked, even with the right password");
        assertNotNull(right.getHeader("Retry-After"));
    }

    @Test
    void parallelBasicGuessesCannotSlipPastTheThrottle() throws Exception {
        String user = newUser("curator");
        List<Integer> statuses = Race.of(20, () -> Api.as(user, "tebakan-" + System.nanoTime())
                .get("/api/v1/replications/stalled").statusCode());
        assertEquals(3, statuses.stream().filter(s -> s == 401).count(), "password checks: " + statuses);
        assertEquals(17, statuses.stream().filter(s -> s == 429).count(), "refused unchecked: " + statuses);
    }
}
