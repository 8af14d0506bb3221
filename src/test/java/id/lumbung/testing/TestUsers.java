package id.lumbung.testing;

import io.restassured.RestAssured;
import java.util.Map;

/** Creates the curator and reviewer accounts through the admin API, once per application (a test profile starts another one, on another port, with its own database). */
final class TestUsers {

    private static volatile int createdForPort = -1;

    private TestUsers() {
    }

    static synchronized void ensure() {
        if (createdForPort == RestAssured.port) {
            return;
        }
        for (Map.Entry<String, String> user : Map.of("kurator", "curator", "peninjau", "reviewer").entrySet()) {
            int status = Api.admin()
                    .body(Map.of("username", user.getKey(), "password", Api.STAFF_PASSWORD, "role", user.getValue()))
                    .post("/api/v1/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("cannot create test user " + user.getKey() + ": " + status);
            }
        }
        createdForPort = RestAssured.port;
    }
}
