package id.lumbung.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.RawHttp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the framework and its extensions refuse before a page's own code runs (a form over the field limit, a form
 * without its CSRF token, a path or method no page serves, a URL that cannot be read) is answered with the error page
 * that says what is wrong, in the visit's language, to a client that accepts HTML; never a 500 or a blank page.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ErrorPagesTest {

    private static final String HTML = "text/html, application/xhtml+xml, */*;q=0.8";
    /** A form's Content-Type as browsers send it, without a charset (RestAssured would add ISO-8859-1). */
    private static final RestAssuredConfig BROWSER_FORM = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static ValidatableResponse isPage(ValidatableResponse response, int status, String heading) {
        return response.statusCode(status).contentType(containsString("text/html"))
                .body(containsString("<h1>" + heading + "</h1>")).body(not(containsString("Exception")));
    }

    private static String fields(int count, String name) {
        return IntStream.range(0, count).mapToObj(i -> name + "=x" + i).collect(Collectors.joining("&"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/j_security_check", "/keluar"})
    void aFormWithTooManyFieldsGetsAPageThatSaysSo(String path) {
        isPage(RestAssured.given().header("Accept", HTML).contentType("application/x-www-form-urlencoded")
                .body(fields(1100, "f")).post(path).then(), 413, "Formulir terlalu besar");
        isPage(RestAssured.given().header("Accept", HTML).cookie("lang", "en").contentType("application/x-www-form-urlencoded")
                .body(fields(1100, "f")).post(path).then(), 413, "The form is too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x=%ZZ", "x=%", "x=%u0041"})
    void aFormBodyThatCannotBeDecodedGetsAPageThatSaysSo(String body) {
        for (String path : new String[] {"/j_security_check", "/keluar"}) {
            isPage(RestAssured.given().header("Accept", HTML).contentType("application/x-www-form-urlencoded").body(body)
                    .post(path).then(), 400, "Permintaan tidak dapat dibaca");
        }
        isPage(RestAssured.given().header("Accept", HTML).cookie("lang", "en").contentType("application/x-www-form-urlencoded")
                .body(body).post("/keluar").then(), 400, "The request cannot be read");
        RestAssured.given().contentType("application/x-www-form-urlencoded").body(body).post("/api/v1/search/clicks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://lumbung.id/problems/invalid-form"))
                .body("detail", containsString("malformed percent escape"));
    }

    @Test
    void aBrokenMultipartBodyIsABadRequestNotAFailure() {
        for (String path : new String[] {"/keluar", "/api/v1/search/clicks"}) {
            RawHttp.Answer answer = RawHttp.send("POST", path, Map.of("Content-Type", "multipart/form-data; boundary=QTB",
                    "Accept", "application/json"), "--QTB\r\nContent-Disposition: form-da");
            assertEquals(400, answer.status(), path + ": " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.body().contains("invalid-form") && answer.body().contains("broken multipart body"), answer.body());
        }
    }

    @Test
    void aCuratorFormWithAThousandStepsChangesNothing() {
        DemoCatalogue.ensurePublished();
        String slug = "gertak-trenggalek";
        String etag = Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).extract().header("ETag");
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String body = "csrf-token=" + curator.token() + "&name=Diubah&" + fields(1000, "kit_step");
        isPage(curator.request().header("Accept", HTML).contentType("application/x-www-form-urlencoded").body(body)
                .post("/kurator/inovasi/" + slug).then(), 413, "Formulir terlalu besar");
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%FF%FE", "Sragen%C3%28", "%ED%A0%80", "Diubah%EF%BF%BD"})
    void aCuratorFormWithTextThatIsNotUtf8ChangesNothing(String name) {
        DemoCatalogue.ensurePublished();
        String slug = "uptpk-sragen";
        String etag = Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).extract().header("ETag");
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String body = "csrf-token=" + curator.token() + "&name=" + name + "&summary=Ringkasan";
        isPage(curator.request().config(BROWSER_FORM).header("Accept", HTML).contentType("application/x-www-form-urlencoded").body(body)
                .post("/kurator/inovasi/" + slug).then(), 400, "Teks formulir tidak terbaca")
                .body(containsString("bukan teks UTF-8 yang sah"));
        isPage(curator.request().config(BROWSER_FORM).header("Accept", HTML).cookie("lang", "en").contentType("application/x-www-form-urlencoded")
                .body(body).post("/kurator/inovasi/" + slug).then(), 400, "The form&#39;s text cannot be read");
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aFormFieldWhoseNameIsNotUtf8ChangesNothing() {
        DemoCatalogue.ensurePublished();
        String slug = "uptpk-sragen";
        String etag = Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).extract().header("ETag");
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        isPage(curator.request().config(BROWSER_FORM).header("Accept", HTML).contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + curator.token() + "&name=Diubah&summary%FF=Ringkasan").post("/kurator/inovasi/" + slug)
                .then(), 400, "Teks formulir tidak terbaca");
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).header("ETag", equalTo(etag));
    }

    /** Browsers send no charset and mean UTF-8; a form that declares another is read in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/x-www-form-urlencoded                     | Gerakan%20Desa%20Mandiri%20%E2%80%94%20Ketapang | Gerakan Desa Mandiri \u2014 Ketapang",
        "application/x-www-form-urlencoded; charset=ISO-8859-1 | Koperasi%20Caf%E9%20Desa                        | Koperasi Caf\u00e9 Desa"})
    void aFormIsStoredAsWrittenInItsCharset(String contentType, String name, String stored) {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String slug = "formulir-teks-" + System.nanoTime() % 100000;
        curator.request().config(BROWSER_FORM).redirects().follow(false).contentType(contentType)
                .body("csrf-token=" + curator.token() + "&slug=" + slug + "&name=" + name
                        + "&summary=Ringkasan.&region=61.04&level=kabupaten")
                .post("/kurator/inovasi/baru").then().statusCode(303);
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200).body("name", equalTo(stored));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Accept|text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", // Java's HttpURLConnection
        "Accept|*",
        "Accept|text/html;q=abc, */*;q=0.1",
        "Accept|application/json;q=zz",
        "Accept-Language|;;q=x",
        "Accept-Language|en;q=abc",
        "Accept-Charset|utf-8;q=abc",
        "Accept-Charset|;;",
        "Accept-Encoding|gzip;q=zz"})
    void aPageIsServedWhatADisorderlyPreferenceHeaderSays(String header, String value) {
        DemoCatalogue.ensurePublished();
        for (String path : new String[] {"/cari?q=kemiskinan", "/inovasi/gertak-trenggalek", "/"}) {
            RestAssured.given().header(header, value).get(path).then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("<html lang=\"id\">"));
        }
    }

    @Test
    void aPreferenceHeaderWhoseReadablePartsAskForJsonOnlyStillGetsProblemJson() {
        RestAssured.given().header("Accept", "text/html;q=abc, application/json").get("/cari?q=kemiskinan").then()
                .statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://lumbung.id/problems/not-acceptable"))
                .body("detail", containsString("('text/html;q=abc, application/json')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lumbung-csrf=junk", "lumbung-csrf=", "lumbung-csrf==x", "lumbung-csrf",
        "lumbung-csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAA", "lumbung-csrf=%00%00", "lang=id; lumbung-csrf=junk"})
    void aDamagedFormTokenCookieIsReplacedInsteadOfBlankingEveryPage(String cookies) {
        DemoCatalogue.ensurePublished();
        io.restassured.response.Response page = RestAssured.given().header("Accept", HTML).header("Cookie", cookies)
                .get("/cari?q=air");
        page.then().statusCode(200).contentType(containsString("text/html")).body(containsString("<h1 id=\"jumlah\">"));
        assertEquals(22, page.getCookie("lumbung-csrf").length(), "a new token: " + page.getHeaders().getValues("Set-Cookie"));
        RestAssured.given().header("Cookie", cookies).get("/api/v1/innovations?limit=1").then().statusCode(200)
                .contentType(containsString("application/json"));
    }

    @Test
    void aFormSentWithADamagedTokenCookieSaysItExpired() {
        isPage(RestAssured.given().config(BROWSER_FORM).redirects().follow(false).header("Accept", HTML)
                .header("Cookie", "lumbung-csrf=junk").contentType("application/x-www-form-urlencoded")
                .body("csrf-token=junk&j_username=x&j_password=y").post("/keluar").then(), 400, "Formulir kedaluwarsa");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Authorization | Basic !!!",
        "Authorization | Basic YSBiOmM=", // "a b:c": no account has such a name
        "Authorization | Basic a3VyYXRvcjpzYWxhaA==", // "kurator:salah": a wrong password
        "X-API-Key     | bukan-kunci"})
    void credentialsThatAreNotAcceptedOnAPageGetAPageThatSaysSo(String header, String value) {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        isPage(RestAssured.given().header("Accept", HTML).header(header, value).get("/inovasi/gertak-trenggalek").then(),
                401, "Kredensial tidak diterima").header("WWW-Authenticate", startsWith("Basic realm=\"Lumbung\""))
                .body(containsString("href=\"/masuk\""));
        isPage(RestAssured.given().header("Accept", HTML).cookie("lang", "en").header(header, value).get("/").then(),
                401, "The credentials were not accepted");
        RestAssured.given().header(header, value).get("/api/v1/innovations?limit=1").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://lumbung.id/problems/unauthorized"))
                .header("WWW-Authenticate", startsWith("Basic realm=\"Lumbung\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/j_security_check", "/keluar"})
    void aFormWithoutItsTokenSaysItExpired(String path) {
        isPage(RestAssured.given().redirects().follow(false).header("Accept", HTML)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "x").formParam("j_password", "y")
                .post(path).then(), 400, "Formulir kedaluwarsa")
                .body(containsString("Muat ulang halaman formulir")).body(containsString("href=\"/masuk\""));
        isPage(RestAssured.given().redirects().follow(false).header("Accept", HTML).cookie("lang", "en")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "x").post(path).then(), 400,
                "The form has expired").body(containsString("Reload the form"));
    }

    @Test
    void aSignedInCuratorWhoseTokenExpiredSeesThePageAndNothingIsSaved() {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String slug = "token-kedaluwarsa-" + System.nanoTime() % 100000;
        isPage(RestAssured.given().redirects().follow(false).cookie("lumbung-sesi", curator.session())
                .cookie("lumbung-csrf", "kedaluwarsa").header("Accept", HTML).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", curator.token(), "slug", slug, "name", "Program Token Kedaluwarsa",
                        "summary", "Ringkasan.", "region", "33.14", "level", "kabupaten"))
                .post("/kurator/inovasi/baru").then(), 400, "Formulir kedaluwarsa");
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /inovasi/, 404, Halaman tidak ditemukan.",
            "GET, /inovasi/a/b, 404, Halaman tidak ditemukan.",
            "GET, /robots.txt, 404, Halaman tidak ditemukan.",
            "POST, /cari, 405, Permintaan tidak didukung",
            "PUT, /inovasi/x/ringkasan.pdf, 404, Halaman tidak ditemukan."})
    void unknownPathsAndMethodsAnswerTheErrorPage(String method, String path, int status, String heading) {
        isPage(RestAssured.given().header("Accept", HTML).request(method, path).then(), status, heading);
    }

    @Test
    void aClientThatAsksForJsonGetsTheProblemOnAPagePathToo() {
        RestAssured.given().header("Accept", "application/json").get("/inovasi/").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://lumbung.id/problems/not-found"))
                .body("detail", equalTo("No resource at this path"));
    }

    @Test
    void aFormSentInAFormatThePageDoesNotReadGetsAPage() {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the staff users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        isPage(curator.request().header("Accept", HTML).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", curator.token()).formParam("kind", "innovations").post("/kurator/impor").then(),
                415, "Format kiriman tidak diterima");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cari?q=%u0041", "/cari?q=%ZZ", "/inovasi/%ZZ", "/cari?q=%"})
    void anUnreadableUrlOnAPageGetsAPageThatSaysSo(String target) {
        RawHttp.Answer answer = RawHttp.get(target, Map.of("Accept", HTML));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("text/html;charset=UTF-8", answer.header("Content-Type"));
        assertTrue(answer.body().contains("<h1>Alamat tidak sah</h1>"), answer.body());
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", answer.header("Referrer-Policy"));
        assertTrue(answer.header("Content-Security-Policy").startsWith("default-src 'self'; img-src 'self' data:;"),
                answer.header("Content-Security-Policy"));
        RawHttp.Answer english = RawHttp.get(target, Map.of("Accept", HTML, "Cookie", "lang=en"));
        assertTrue(english.body().contains("<h1>Invalid address</h1>"), english.body());
    }
}
