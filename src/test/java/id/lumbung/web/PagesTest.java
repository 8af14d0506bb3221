package id.lumbung.web;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages over plain HTTP: escaping of hostile entries, CSRF, errors as pages, language, page weight, static files. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PagesTest {

    /** HEAD on a static file answers the Content-Type that GET does (Vert.x's static handler left it out). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/widget.js, text/javascript;charset=UTF-8", "/widget.css, text/css;charset=UTF-8",
            "/contoh-widget.html, text/html;charset=UTF-8", "/static/lumbung.css, text/css;charset=UTF-8",
            "/static/lumbung.js, text/javascript;charset=UTF-8"})
    void headOnAStaticFileAnswersItsType(String path, String type) {
        assertEquals(type, RestAssured.get(path).then().statusCode(200).extract().contentType());
        Response head = RestAssured.head(path);
        assertEquals(200, head.statusCode());
        assertEquals(type, head.contentType());
        assertEquals(RestAssured.get(path).header("Content-Length"), head.header("Content-Length"));
    }

    @Test
    void hostileCatalogueTextAndQueriesAreEscaped() {
        Innovations hostile = anInnovation().withStatus("published")
                .with("name", "<script>alert('nama')</script> Program Uji")
                .with("summary", "Ringkasan <img src=x onerror=alert(1)> berbahaya")
                .with("evidence_sources", List.of(Map.of("url", "javascript:alert(document.cookie)", "title", "Sumber jahat",
                        "verified", false)));
        Api.admin().queryParam("wait_for", "indexed").body(hostile.json()).post("/api/v1/innovations").then().statusCode(201);

        String page = RestAssured.get("/inovasi/" + hostile.slug()).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(!page.contains("<script>alert") && !page.contains("<img src=x"), "raw markup from the catalogue");
        assertTrue(page.contains("&lt;script&gt;alert("), "the name is shown as text");
        assertTrue(!page.contains("javascript:alert"), "a javascript: link is not rendered");

        String results = RestAssured.given().queryParam("q", "<script>alert(1)</script> program uji").get("/cari").then()
                .statusCode(200).extract().asString();
        assertTrue(!results.contains("<script>alert"), "the query is escaped");
        RestAssured.given().queryParam("lang", "\"><script>x</script>").get("/").then().statusCode(200)
                .body(not(containsString("<script>x"))).header("Content-Language", "id");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Api.curator().get("/api/v1/themes").then().statusCode(200);
        // The sign-in form itself needs the token: without it no session is opened.
        Response refused = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "kurator").formParam("j_password", Api.STAFF_PASSWORD).post("/j_security_check");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.getCookie("lumbung-sesi") == null, "no session without the token");
        FormSignIn signIn = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String session = signIn.session();
        assertTrue(session != null, "signed in: " + signIn.answer().statusCode());

        RestAssured.given().redirects().follow(false).cookie("lumbung-sesi", session)
                .contentType("application/x-www-form-urlencoded").formParam("slug", "tanpa-token").formParam("name", "X")
                .formParam("summary", "Y").formParam("region", "33.14").formParam("level", "kabupaten")
                .post("/kurator/inovasi/baru").then().statusCode(400);
        Api.curator().get("/api/v1/innovations/tanpa-token").then().statusCode(404);

        Response form = RestAssured.given().cookie("lumbung-sesi", session).get("/kurator/inovasi/baru");
        String csrfCookie = form.getCookie("lumbung-csrf");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        assertTrue(token.find(), "the form carries a token");
        RestAssured.given().redirects().follow(false).cookie("lumbung-sesi", session).cookie("lumbung-csrf", csrfCookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .formParam("slug", "dengan-token-" + System.nanoTime() % 100000).formParam("name", "Program Dengan Token")
                .formParam("summary", "Ringkasan.").formParam("region", "52.08").formParam("level", "kabupaten")
                .post("/kurator/inovasi/baru").then().statusCode(303).header("Location", containsString("/kurator/inovasi/"));
    }

    @Test
    void pagesAnswerErrorsAsPagesAndSpeakTwoLanguages() {
        RestAssured.get("/inovasi/tidak-ada").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Halaman tidak ditemukan"));
        RestAssured.given().queryParam("province", "jatim").get("/cari").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("province"));
        RestAssured.get("/daerah/99.99").then().statusCode(404);
        RestAssured.get("/kurator").then().statusCode(200).body(containsString("j_security_check"));

        Response english = RestAssured.given().queryParam("lang", "en").get("/");
        english.then().statusCode(200).header("Content-Language", "en").body(containsString("Browse themes"));
        RestAssured.given().cookie("lang", english.getCookie("lang")).get("/replikasi").then()
                .body(containsString("Replication funnel"));
        RestAssured.get("/").then().body(containsString("Jelajahi tema")).body(containsString("lang=\"id\""))
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void aResultPageWithItsAssetsWeighsUnder300Kilobytes() {
        DemoCatalogue.ensurePublished();
        long html = RestAssured.given().queryParam("q", "kemiskinan").get("/cari").then().statusCode(200)
                .extract().asByteArray().length;
        long css = RestAssured.get("/static/lumbung.css").then().statusCode(200).extract().asByteArray().length;
        long js = RestAssured.get("/static/lumbung.js").then().statusCode(200).extract().asByteArray().length;
        assertTrue(html + css + js < 300 * 1024, "/cari weighs " + (html + css + js) + " bytes");
        RestAssured.given().queryParam("q", "kemiskinan").get("/cari").then()
                .body(not(containsString("https://cdn"))).body(not(containsString("src=\"http")));
    }
}
