package id.lumbung.testing;

import java.util.Map;

/** Creates the curator and reviewer accounts through the admin API, once. */
final class TestUsers {

    private static volatile boolean created;

    private TestUsers() {
    }

    static synchronized void ensure() {
        if (created) {
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
        created = true;
    }
}
