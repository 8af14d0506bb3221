package id.lumbung.web;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff pages are authorised as the API is ({@code @RolesAllowed}): without a signed-in staff member a page
 * sends the visitor to sign in, a form changes nothing, and the API still answers 401 with its challenge.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class StaffPagesTest {

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kurator", "/kurator/inovasi/baru", "/kurator/inovasi/gertak-trenggalek",
        "/kurator/inovasi/gertak-trenggalek/riwayat", "/kurator/replikasi/baru", "/kurator/replikasi/1", "/kurator/impor",
        "/kurator/pencarian"})
    void aStaffPageSendsAVisitorToSignInAndShowsItselfToStaff(String path) {
        RestAssured.given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port + "/masuk"));
        if (!path.equals("/kurator/replikasi/1")) {
            FormSignIn.as("kurator", Api.STAFF_PASSWORD).request().get(path).then().statusCode(200)
                    .contentType("text/html");
        }
    }

    @Test
    void aStaffFormPostedWithoutSigningInChangesNothing() {
        FormSignIn visitor = FormSignIn.as("tidak-ada", "bukan-sandinya"); // a CSRF token, no session
        String slug = anInnovation().slug();
        visitor.postForm("/kurator/inovasi/baru", Map.of("slug", slug, "name", "Inovasi Tanpa Masuk", "region_code", "33.14",
                "level", "kabupaten", "summary", "Ringkasan.")).then().statusCode(303)
                .header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port + "/masuk"));
        Api.admin().get("/api/v1/innovations/" + slug).then().statusCode(404);
        visitor.postForm("/kurator/pencarian/sinonim", Map.of("query", "zztanpamasuk", "target", "kemiskinan",
                "kind", "padanan")).then().statusCode(303);
        Api.admin().get("/api/v1/search/synonyms").then().statusCode(200)
                .body("findAll { it.rule.contains('zztanpamasuk') }.size()", equalTo(0));
    }

    @Test
    void theApiStillAnswersTheChallenge() {
        Api.anonymous().get("/api/v1/users").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Basic realm=\"Lumbung\", charset=\"UTF-8\""));
    }
}
