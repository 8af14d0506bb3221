package id.lumbung.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the different kinds of caller. Users are created once per test run by {@link TestUsers}. */
public final class Api {

    public static final String ADMIN_PASSWORD = "Uji-Sandi-Induk-2024";
    public static final String STAFF_PASSWORD = "Test-Staff-Passw0rd";

    /** NDJSON and CSV bodies are sent as the text they are. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)
            .encodeContentTypeAs("text/csv", ContentType.TEXT));

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().config(CONFIG).contentType(ContentType.JSON);
    }

    /** A request with the given HTTP Basic credentials (right or wrong). */
    public static RequestSpecification as(String username, String password) {
        return given().config(CONFIG).contentType(ContentType.JSON).auth().preemptive().basic(username, password);
    }

    public static RequestSpecification admin() {
        return given().config(CONFIG).contentType(ContentType.JSON).auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    public static RequestSpecification curator() {
        TestUsers.ensure();
        return given().config(CONFIG).contentType(ContentType.JSON).auth().preemptive().basic("kurator", STAFF_PASSWORD);
    }

    public static RequestSpecification reviewer() {
        TestUsers.ensure();
        return given().config(CONFIG).contentType(ContentType.JSON).auth().preemptive().basic("peninjau", STAFF_PASSWORD);
    }
}
