package id.lumbung.common;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.RawHttp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input gets a 4xx problem+json that says what is wrong, and nothing is written. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BadInputTest {

    private static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        isProblem(Api.curator().body("{\"slug\": \"abc\", ").post("/api/v1/innovations").then(), 400)
                .body("detail", containsString("malformed JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> body = anInnovation().with("year_started", "dua ribu").json();
        isProblem(Api.curator().body(body).post("/api/v1/innovations").then(), 400)
                .body("violations[0].field", equalTo("year_started"));
    }

    @Test
    void aBeanValidationRefusalCarriesTheFieldErrorType() {
        // The user name's pattern is a Bean Validation constraint, checked before the resource runs.
        isProblem(Api.admin().body(Map.of("username", "Bukan Nama", "password", "Sangat-Rahasia-99", "role", "curator"))
                .post("/api/v1/users").then(), 400)
                .body("type", equalTo("https://lumbung.id/problems/invalid-field"))
                .body("violations[0].field", equalTo("username"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        Map<String, Object> body = anInnovation().with("tahapan", "selesai").json();
        isProblem(Api.curator().body(body).post("/api/v1/innovations").then(), 400)
                .body("violations[0].field", equalTo("tahapan"))
                .body("violations[0].message", containsString("uji_coba"));
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        Map<String, Object> body = anInnovation().with("id", 1).json();
        String slug = (String) body.get("slug");
        isProblem(Api.curator().body(body).post("/api/v1/innovations").then(), 400)
                .body("detail", containsString("unknown field 'id'"));
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(404);
    }

    @Test
    void missingRequiredFieldsAreListed() {
        Map<String, Object> body = anInnovation().without("summary").with("name", "").json();
        isProblem(Api.curator().body(body).post("/api/v1/innovations").then(), 400)
                .body("violations.field", hasItem(containsString("summary")))
                .body("violations.field", hasItem(containsString("name")));
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String huge = "x".repeat(1_200_000);
        Map<String, Object> body = anInnovation().with("summary", huge).json();
        isProblem(Api.curator().body(body).post("/api/v1/innovations").then(), 413)
                .body("detail", containsString("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bukan%20Slug", "UPPER", "a--b", "-awal"})
    void malformedSlugIsABadRequest(String slug) {
        isProblem(Api.anonymous().get("/api/v1/innovations/" + slug).then(), 400);
    }

    @Test
    void unknownSlugIsNotFound() {
        isProblem(Api.anonymous().get("/api/v1/innovations/tidak-ada-inovasi-ini").then(), 404)
                .body("detail", containsString("tidak-ada-inovasi-ini"));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/innovations?limit=abc, limit",
            "/api/v1/innovations?limit=0, limit",
            "/api/v1/innovations?limit=1000, limit",
            "/api/v1/innovations?level=galaksi, level",
            "/api/v1/innovations?year_from=kemarin, year_from",
            "/api/v1/innovations?cursor=%25%25, cursor",
            "/api/v1/innovations?cursor=bm90LWEtY3Vyc29y, cursor",
            "/api/v1/regions?type=benua, type",
            "/api/v1/replications?status=selesai, status",
            "/api/v1/innovations/export?format=pdf, format"})
    void badQueryParametersNameTheParameter(String url, String parameter) {
        isProblem(Api.anonymous().urlEncodingEnabled(false).get(url).then(), 400)
                .body("detail", containsString(parameter));
    }

    @Test
    void badRegionCodeInPathIsABadRequestAndUnknownOneNotFound() {
        isProblem(Api.anonymous().get("/api/v1/regions/tiga-tiga").then(), 400);
        isProblem(Api.anonymous().get("/api/v1/regions/99.99").then(), 404);
    }

    @Test
    void staleIfMatchThatIsNotAnETagIsABadRequest() {
        var innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        isProblem(Api.curator().header("If-Match", "kemarin").body(innovation.json())
                .put("/api/v1/innovations/" + innovation.slug()).then(), 400);
    }

    @Test
    void unknownPathIsAProblemToo() {
        isProblem(Api.anonymous().get("/api/v1/tidak-ada").then(), 404)
                .body("type", equalTo("https://lumbung.id/problems/not-found"))
                .body("detail", equalTo("No resource at this path"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/innovations?province=abc           | province: must be a province code like 35",
        "/api/v1/replications?source=A!             | source: must be an innovation's slug",
        "/api/v1/replications/analytics?theme=Tema! | theme: must be a theme's slug, such as kesehatan",
        "/api/v1/regions/nasional                   | code: must be a Kemendagri code like 35 or 35.03"})
    void aDeclaredConstraintSaysInItsDetailWhatIsWrong(String path, String detail) {
        isProblem(Api.anonymous().urlEncodingEnabled(false).get(path).then(), 400)
                .body("type", equalTo("https://lumbung.id/problems/invalid-field"))
                .body("detail", equalTo(detail));
    }

    @Test
    void theFrameworksOwnRefusalsHaveATypeAndAPlainDetail() {
        isProblem(Api.anonymous().put("/api/v1/search").then(), 405)
                .body("type", equalTo("https://lumbung.id/problems/method-not-allowed"))
                .body("detail", equalTo("Method PUT is not allowed here"));
        isProblem(Api.anonymous().accept("text/csv").queryParam("q", "gertak").get("/api/v1/search").then(), 406)
                .body("type", equalTo("https://lumbung.id/problems/not-acceptable"))
                .body("detail", containsString("'text/csv'"))
                .body("detail", not(containsString("@Produces")));
        isProblem(Api.anonymous().accept(";;;").queryParam("q", "gertak").get("/api/v1/search").then(), 406)
                .body("type", equalTo("https://lumbung.id/problems/not-acceptable"))
                .body("detail", containsString("(';;;')"));
        // Java's HttpURLConnection sends a quality written ".2": the API reads it and answers JSON.
        Api.anonymous().accept("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2").queryParam("q", "gertak")
                .get("/api/v1/search").then().statusCode(200).contentType("application/json");
        isProblem(Api.curator().contentType("text/plain").body("halo").post("/api/v1/innovations").then(), 415)
                .body("type", equalTo("https://lumbung.id/problems/unsupported-media-type"))
                .body("detail", startsWith("This resource does not read a body of type 'text/plain"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/v1/regions?q=%00 | 19", "/api/v1/search?q=a%00b | 19",
        "/api/v1/innovations/gertak%00 | 27"})
    void aNulInTheUrlIsABadRequestThatSaysWhere(String target, int at) {
        RawHttp.Answer answer = RawHttp.get(target, Map.of("Accept", "application/json"));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"type\":\"https://lumbung.id/problems/invalid-url\""), answer.body());
        assertTrue(answer.body().contains("(a NUL character (%00) at character " + at + ")"), answer.body());
    }

    @Test
    void aCursorHoldingAControlCharacterIsNotOneThisApiGave() {
        // "djE6AA" is base64url of "v1:" and a NUL.
        for (String path : new String[] {"/api/v1/innovations", "/api/v1/replications"}) {
            isProblem(Api.anonymous().queryParam("cursor", "djE6AA").get(path).then(), 400)
                    .body("type", equalTo("https://lumbung.id/problems/invalid-field"))
                    .body("violations[0].field", equalTo("cursor"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=%ZZ", "/api/v1/search?cursor=%", "/api/v1/search?q=%u0041",
        "/api/v1/innovations/%ZZ", "/api/v1/search?q=a%20b%"})
    void anUnreadableUrlIsABadRequestThatSaysSo(String target) {
        RawHttp.Answer answer = RawHttp.get(target, Map.of("Accept", "application/json"));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"type\":\"https://lumbung.id/problems/invalid-url\""), answer.body());
        assertTrue(answer.body().contains("The URL's encoding is invalid (malformed escape pair at character "), answer.body());
        // Each once: the answer is given before Quarkus's header filter, and must not be cached or sniffed all the same.
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", answer.header("Content-Security-Policy"));
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", answer.header("Referrer-Policy"));
        assertEquals("same-origin", answer.header("Cross-Origin-Opener-Policy"));
    }

    @Test
    void aFormWithTooManyFieldsIsA413ProblemForAJsonClient() {
        String body = java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "f" + i + "=x")
                .collect(java.util.stream.Collectors.joining("&"));
        isProblem(Api.anonymous().accept("application/json").contentType("application/x-www-form-urlencoded").body(body)
                .post("/keluar").then(), 413)
                .body("type", equalTo("https://lumbung.id/problems/too-many-fields"))
                .body("detail", containsString("the limit is 1000 fields"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/innovations", "/api/v1/innovations/import", "/api/v1/api-keys", "/api/v1/search/synonyms",
        "/api/v1/replications", "/api/v1/replications/import", "/api/v1/users", "/api/v1/learning-events",
        "/api/v1/innovations/gertak-contoh/transitions", "/api/v1/innovations/gertak-contoh/confirmation",
        "/api/v1/regions/import", "/api/v1/regions/33.14/aliases", "/j_security_check", "/keluar", "/kurator/inovasi/baru"})
    void anEmptyOrJunkContentTypeIsA415OnEveryPost(String path) {
        for (String contentType : new String[] {"", "x", "application/"}) {
            RawHttp.Answer answer = RawHttp.send("POST", path, Map.of("Content-Type", contentType,
                    "Authorization", RawHttp.basic("admin", Api.ADMIN_PASSWORD)), "{}");
            assertEquals(415, answer.status(), path + " with Content-Type '" + contentType + "': " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.body().contains("is not a media type"), answer.body());
        }
    }

    @Test
    void anImportOfJunkIsRefusedAfterAHundredProblemsAndWritesNothing() {
        long before = Api.curator().queryParam("limit", 1).get("/api/v1/innovations").then().extract().jsonPath().getLong("total");
        String junk = "{\"slug\": \"x\", tidak json\n".repeat(30_000);
        for (String path : new String[] {"/api/v1/innovations/import", "/api/v1/replications/import"}) {
            isProblem(Api.admin().contentType("application/x-ndjson").body(junk).post(path).then(), 422)
                    .body("errors.size()", equalTo(100))
                    .body("detail", containsString("reading stopped at line 101"));
        }
        assertEquals(before, Api.curator().queryParam("limit", 1).get("/api/v1/innovations").then().extract().jsonPath()
                .getLong("total"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNothingMoves() {
        Innovations entry = anInnovation();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        isProblem(Api.reviewer().body("{\"status\": \"in_review\", \"status\": \"in_review\"}")
                .post("/api/v1/innovations/" + entry.slug() + "/transitions").then(), 400)
                .body("detail", containsString("Duplicate field 'status'"));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200).body("status", equalTo("draft"));

        String twice = toJson(anInnovation().json()).replaceFirst("\\{", "{\"name\": \"Nama Pertama\", ");
        isProblem(Api.curator().body(twice).post("/api/v1/innovations").then(), 400)
                .body("detail", containsString("Duplicate field 'name'"));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotCut() {
        Innovations entry = anInnovation().with("year_started", 2020.7);
        isProblem(Api.curator().body(entry.json()).post("/api/v1/innovations").then(), 400)
                .body("violations[0].field", equalTo("year_started"));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(404);
    }

    @Test
    void textPostgresqlCannotStoreIsRefusedNotMangled() {
        Innovations entry = anInnovation();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        for (String name : new String[] {"A \\ud800 B", "A \\udc00 B", "A \\u0000 B"}) {
            isProblem(Api.curator().contentType("application/merge-patch+json").header("If-Match", "*")
                    .body("{\"name\": \"" + name + "\"}").patch("/api/v1/innovations/" + entry.slug()).then(), 400)
                    .body("violations[0].field", equalTo("name"));
        }
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200)
                .body("name", equalTo(entry.json().get("name")));
        Api.curator().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"name\": \"Kampung \\ud83d\\ude00 Ceria\"}").patch("/api/v1/innovations/" + entry.slug())
                .then().statusCode(200).body("name", equalTo("Kampung \ud83d\ude00 Ceria"));

        String line = "{\"acronym\": \"X\\ud800\", " + toJson(anInnovation().without("acronym").json()).substring(1);
        isProblem(Api.curator().contentType("application/x-ndjson").body(line).post("/api/v1/innovations/import").then(), 422)
                .body("errors[0].line", equalTo(1));
    }

    @Test
    void anImportThatIsNotUtf8IsRefusedAtItsLineNotStoredAsReplacementCharacters() {
        Innovations entry = anInnovation();
        byte[] good = (toJson(anInnovation().json()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String line = toJson(entry.json());
        int cut = line.indexOf("\"summary\":\"") + 11;
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.writeBytes(good);
        file.writeBytes(line.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // \ud800 written as UTF-8 bytes
        file.writeBytes(line.substring(cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        isProblem(Api.curator().contentType("application/x-ndjson").body(file.toByteArray()).post("/api/v1/innovations/import")
                .then(), 422)
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("not valid UTF-8"));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(404);
    }

    @Test
    void aRefusedTextIsNotEchoedBack() {
        String password = "Rahasia\u0000Sandi-Panjang-99";
        isProblem(Api.admin().body(Map.of("username", "tanpagema", "password", password, "role", "curator"))
                .post("/api/v1/users").then(), 400)
                .body("violations[0].message", containsString("NUL"))
                .body(not(containsString("Rahasia")));
    }

    @Test
    void dataAfterTheDocumentIsRefused() {
        Innovations entry = anInnovation();
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        isProblem(Api.curator().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"name\": \"Nama Baru\"} {}").patch("/api/v1/innovations/" + entry.slug()).then(), 400)
                .body("detail", containsString("more after the end of the JSON document"));
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().body("name", equalTo(entry.json().get("name")));
    }

    @Test
    void aBodyWithoutContentTypeIsA415AndNotReadAsJson() {
        Innovations entry = anInnovation();
        RawHttp.Answer answer = RawHttp.send("POST", "/api/v1/innovations",
                Map.of("Authorization", RawHttp.basic("admin", Api.ADMIN_PASSWORD)), toJson(entry.json()));
        assertEquals(415, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("no Content-Type header"), answer.body());
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(404);
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void wrongContentTypeIsRefused() {
        Api.curator().contentType("text/plain").body("halo").post("/api/v1/innovations")
                .then().statusCode(415);
    }
}
