package id.lumbung.web;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTTP caching of the API (ApiCaching): public GET answers for shared caches, with ETags and 304; keyed and staff
 * answers private; errors and the node's live status stored nowhere; no API answer carries the pages' CSRF cookie,
 * while the pages' forms keep theirs.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiCachingTest {

    private static final String PUBLIC = "public, max-age=60";
    private static final String VARY = "Accept, Origin, Authorization, X-API-Key, Cookie";
    /** A tag in quotes: 16 URL-safe characters of fingerprint, after the record's version where it has one. */
    private static final String TAG = "\"([0-9]+-)?[A-Za-z0-9_-]{16}\"";

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    /**
     * The answer once it has stopped changing: the index may still be applying the demo catalogue's last writes (their
     * region indicators move search scores), and a changed answer rightly has another ETag.
     */
    private static Response settled(RequestSpecification request, String path) throws InterruptedException {
        Response answer = request.get(path);
        for (int attempt = 0; attempt < 100; attempt++) {
            Thread.sleep(50);
            Response again = request.get(path);
            if (again.header("ETag") != null && again.header("ETag").equals(answer.header("ETag"))) {
                return again;
            }
            answer = again;
        }
        throw new AssertionError(path + " did not settle");
    }

    /** Every public GET, and the kind of ETag it has: weak where the fingerprint leaves out took_ms. */
    @ParameterizedTest
    @CsvSource({"/api/v1/search?q=gertak, weak", "/api/v1/search/suggest?q=gert, strong",
            "/api/v1/innovations/gertak-trenggalek, strong", "/api/v1/regions/35.03, strong",
            "/api/v1/regions?type=provinsi, strong", "/api/v1/innovations?province=35, strong", "/api/v1/themes, strong",
            "/api/v1/innovations/gertak-trenggalek/similar, strong", "/api/v1/replications/analytics, strong"})
    void publicAnswersAreForSharedCachesWithoutACookieAndAnswer304ToTheirETag(String path, String tag)
            throws InterruptedException {
        Response answer = settled(RestAssured.given(), path);
        answer.then().statusCode(200).header("Cache-Control", PUBLIC).header("Vary", VARY)
                .header("ETag", matchesPattern((tag.equals("weak") ? "W/" : "") + TAG));
        assertFalse(answer.headers().hasHeaderWithName("Set-Cookie"), answer.headers().toString());
        String etag = answer.header("ETag");

        Response notModified = RestAssured.given().header("If-None-Match", etag).get(path);
        notModified.then().statusCode(304).header("ETag", etag).header("Cache-Control", PUBLIC).header("Vary", VARY);
        assertEquals(0, notModified.asByteArray().length, "no body with 304");
        assertFalse(notModified.headers().hasHeaderWithName("Set-Cookie"));
        // A list of tags naming it, and the weak form of a strong tag, match too (weak comparison, RFC 9110 13.1.2).
        RestAssured.given().header("If-None-Match", "\"anders\", W/" + etag.replaceFirst("^W/", "")).get(path)
                .then().statusCode(304);
        RestAssured.given().header("If-None-Match", "\"anders\"").get(path).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void aSearchAnswersTheSameWeakETagWhateverItsTookMs() throws InterruptedException {
        settled(RestAssured.given(), "/api/v1/search?q=kemiskinan+desa");
        List<String> tags = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> RestAssured.given().queryParam("q", "kemiskinan desa").get("/api/v1/search"))
                .map(r -> r.then().statusCode(200).extract().header("ETag")).distinct().toList();
        assertEquals(1, tags.size(), tags.toString());
        assertTrue(tags.getFirst().startsWith("W/\""), tags.getFirst());
    }

    @Test
    void anEditChangesTheETagsOfTheEntryAndOfItsSearchAndThe304Stops() {
        Innovations entry = anInnovation().withStatus("published").withAcronym("Zzcacheuji")
                .with("summary", "Program zzcacheuji untuk uji tembolok.");
        Api.admin().queryParam("wait_for", "indexed").body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        String path = "/api/v1/innovations/" + entry.slug();
        String before = RestAssured.get(path).then().statusCode(200).header("ETag", startsWith("\"0-")).extract().header("ETag");
        String searchBefore = RestAssured.given().queryParam("q", "zzcacheuji").get("/api/v1/search").then().statusCode(200)
                .extract().header("ETag");
        RestAssured.given().header("If-None-Match", before).get(path).then().statusCode(304);

        // The GET's tag is a valid If-Match: its version part is what the write checks.
        Api.admin().header("If-Match", before).queryParam("wait_for", "indexed")
                .body(entry.with("name", "Nama Sesudah Suntingan").json()).put(path).then().statusCode(200);

        String after = RestAssured.get(path).then().statusCode(200).header("ETag", startsWith("\"1-")).extract().header("ETag");
        assertNotEquals(before, after);
        RestAssured.given().header("If-None-Match", before).get(path).then().statusCode(200)
                .body("name", equalTo("Nama Sesudah Suntingan")).header("ETag", after);
        String searchAfter = RestAssured.given().header("If-None-Match", searchBefore).queryParam("q", "zzcacheuji")
                .get("/api/v1/search").then().statusCode(200).body("hits[0].name", equalTo("Nama Sesudah Suntingan"))
                .extract().header("ETag");
        assertNotEquals(searchBefore, searchAfter);
        // A stale tag is refused by the write as before.
        Api.admin().header("If-Match", before).body(entry.with("name", "Suntingan Basi").json()).put(path).then()
                .statusCode(412).header("Cache-Control", "no-store");
    }

    @Test
    void keyedAnswersArePrivateToTheKeysClient() throws InterruptedException {
        String key = ApiKeys.create(List.of("https://bappeda.contoh.go.id"), null).path("key");
        for (String path : List.of("/api/v1/search?q=gertak", "/api/v1/search/suggest?q=gert",
                "/api/v1/innovations/gertak-trenggalek", "/api/v1/regions/35.03")) {
            Response answer = settled(RestAssured.given().header("X-API-Key", key), path);
            answer.then().statusCode(200).header("Cache-Control", "private, max-age=60").header("Vary", VARY)
                    .header("ETag", not(nullValue()));
            assertFalse(answer.headers().hasHeaderWithName("Set-Cookie"), path);
            RestAssured.given().header("X-API-Key", key).header("If-None-Match", answer.header("ETag")).get(path)
                    .then().statusCode(304).header("Cache-Control", "private, max-age=60");
        }
        // From a page of a registered origin: CORS answers for that origin, and caches keep answers apart by Origin.
        Response fromPage = RestAssured.given().header("X-API-Key", key).header("Origin", "https://bappeda.contoh.go.id")
                .get("/api/v1/search?q=gertak");
        fromPage.then().statusCode(200).header("Access-Control-Allow-Origin", "https://bappeda.contoh.go.id")
                .header("Cache-Control", "private, max-age=60");
        assertEquals(List.of(VARY), fromPage.headers().getValues("Vary"), "one Vary header, Origin in it once");
    }

    @Test
    void staffAnswersArePrivateAndRevalidated() {
        Innovations draft = anInnovation();
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        Response basic = Api.curator().get("/api/v1/innovations/" + draft.slug());
        basic.then().statusCode(200).header("Cache-Control", "private, no-cache").header("Vary", VARY)
                .header("ETag", startsWith("\"0-"));
        assertFalse(basic.headers().hasHeaderWithName("Set-Cookie"));
        Api.curator().header("If-None-Match", basic.header("ETag")).get("/api/v1/innovations/" + draft.slug())
                .then().statusCode(304).header("Cache-Control", "private, no-cache");
        // The public answer of the same URL is a 404, stored nowhere.
        RestAssured.get("/api/v1/innovations/" + draft.slug()).then().statusCode(404).header("Cache-Control", "no-store");

        FormSignIn session = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        assertNotNull(session.session(), "signed in through the form");
        Response withCookie = session.request().get("/api/v1/innovations/" + draft.slug());
        withCookie.then().statusCode(200).header("Cache-Control", "private, no-cache");
        assertFalse(withCookie.headers().hasHeaderWithName("Set-Cookie"), withCookie.headers().toString());
        // An ended session's cookie is cleared by the answer, so that answer is not public either.
        Response ended = RestAssured.given().cookie("lumbung-sesi", "sesi-yang-sudah-berakhir").get("/api/v1/search?q=gertak");
        ended.then().statusCode(200).header("Cache-Control", "private, no-cache");
        assertTrue(ended.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lumbung-sesi=;")),
                ended.headers().toString());
    }

    @Test
    void errorsAreStoredNowhere() {
        RestAssured.get("/api/v1/innovations/tidak-ada-sama-sekali").then().statusCode(404).header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        RestAssured.given().queryParam("limit", "banyak").get("/api/v1/search").then().statusCode(400)
                .header("Cache-Control", "no-store");
        RestAssured.given().header("X-API-Key", "lmb_abcdefgh_bukankunciyangsah123").get("/api/v1/search").then()
                .statusCode(401).header("Cache-Control", "no-store");
        String key = ApiKeys.create(List.of(), 1).path("key");
        RestAssured.given().header("X-API-Key", key).get("/api/v1/search?q=gertak").then().statusCode(200);
        Response limited = RestAssured.given().header("X-API-Key", key).get("/api/v1/search?q=gertak");
        limited.then().statusCode(429).header("Cache-Control", "no-store").header("Retry-After", not(nullValue()))
                .header("ETag", nullValue());
        assertFalse(limited.headers().hasHeaderWithName("Set-Cookie"));
    }

    @Test
    void theNodesLiveIndexStatusAndStreamedExportsHaveNoETag() {
        RestAssured.get("/api/v1/search/index").then().statusCode(200).header("Cache-Control", "no-cache")
                .header("ETag", nullValue());
        Response export = RestAssured.given().queryParam("format", "ndjson").get("/api/v1/innovations/export");
        export.then().statusCode(200).header("Cache-Control", PUBLIC).header("ETag", nullValue());
        assertFalse(export.headers().hasHeaderWithName("Set-Cookie"));
    }

    @Test
    void headAnswersTheHeadersOfGet() throws InterruptedException {
        Response get = settled(RestAssured.given(), "/api/v1/regions/35.03");
        Response head = RestAssured.head("/api/v1/regions/35.03");
        head.then().statusCode(200).header("Cache-Control", PUBLIC).header("ETag", get.header("ETag"));
        RestAssured.given().header("If-None-Match", get.header("ETag")).head("/api/v1/regions/35.03").then().statusCode(304);
    }

    @Test
    void pagesKeepTheirFormsCsrfCookie() {
        for (String page : List.of("/masuk", "/cari?q=gertak", "/inovasi/gertak-trenggalek")) {
            Response answer = RestAssured.get(page);
            answer.then().statusCode(200);
            assertNotNull(answer.getCookie("lumbung-csrf"), page);
            assertFalse(answer.headers().hasHeaderWithName("ETag"), page);
        }
        FormSignIn signIn = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        assertEquals(303, signIn.answer().statusCode());
        assertNotNull(signIn.session());
        // A form read with the session posts with its token.
        Response form = signIn.request().get("/kurator/inovasi/baru");
        String token = FormSignIn.token(form.asString());
        String slug = "form-tembolok-" + System.nanoTime() % 100000;
        RestAssured.given().redirects().follow(false).cookie("lumbung-sesi", signIn.session())
                .cookie("lumbung-csrf", form.getCookie("lumbung-csrf")).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", token, "slug", slug, "name", "Program Form Tembolok", "summary", "Ringkasan.",
                        "region", "52.08", "level", "kabupaten"))
                .post("/kurator/inovasi/baru").then().statusCode(303);
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200);
    }
}
