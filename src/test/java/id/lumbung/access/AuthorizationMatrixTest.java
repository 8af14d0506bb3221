package id.lumbung.access;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API × every kind of caller, with the status each must get. Writes build fresh
 * fixtures for every call, so an allowed write succeeds on its own merits and a refused one is refused by
 * authorisation, not by a conflict.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, API_KEY, CURATOR, REVIEWER, ADMIN, REVOKED_KEY, WRONG_PASSWORD }

    /** Who may call an endpoint. */
    enum Access { PUBLIC, STAFF, EDITORIAL, ADMIN }

    record Call(String method, String path, Object body, String contentType) {
        static Call get(String path) {
            return new Call("GET", path, null, null);
        }
    }

    /** {@code authorised}: the status of a call that passed authorisation (200 stands for any 2xx). */
    record Endpoint(String name, Access access, Supplier<Call> call, int authorised) {
        Endpoint(String name, Access access, Supplier<Call> call) {
            this(name, access, call, 200);
        }
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static String published;
    private static int replicationOfPublished;

    private static int expected(Access access, Who who) {
        return switch (who) {
            case REVOKED_KEY, WRONG_PASSWORD -> 401;
            case ANONYMOUS -> access == Access.PUBLIC ? 200 : 401;
            case API_KEY -> access == Access.PUBLIC ? 200 : 403;
            case CURATOR -> access == Access.PUBLIC || access == Access.STAFF ? 200 : 403;
            case REVIEWER -> access == Access.ADMIN ? 403 : 200;
            case ADMIN -> 200;
        };
    }

    private static String draft() {
        Innovations draft = anInnovation();
        Api.admin().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        return draft.slug();
    }

    private static String inReview() {
        Innovations entry = anInnovation().withStatus("in_review");
        Api.admin().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        return entry.slug();
    }

    private static int freshReplication() {
        List<String> codes = Replications.kabupatenCodes();
        return Replications.createId(published, codes.get(SEQ.incrementAndGet() % codes.size()), "minat", null);
    }

    /** A replication a curator recorded (so in review), sent back to draft by a reviewer if {@code publication} says so. */
    private static int replicationIn(String publication) {
        List<String> codes = Replications.kabupatenCodes();
        int id = Api.curator().body(Map.of("source_slug", published, "adopter_region_code",
                codes.get(SEQ.incrementAndGet() % codes.size()), "status", "minat")).post("/api/v1/replications")
                .then().statusCode(201).extract().path("id");
        if (publication.equals("draft")) {
            Api.reviewer().body(Map.of("publication", "draft")).post("/api/v1/replications/" + id + "/publication")
                    .then().statusCode(200);
        }
        return id;
    }

    private static String freshUser() {
        String name = "matriks" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 10000;
        Api.admin().body(Map.of("username", name, "password", "Kata-Sandi-Panjang-9", "role", "curator"))
                .post("/api/v1/users").then().statusCode(201);
        return name;
    }

    private static int freshSynonym() {
        return Api.admin().body(Map.of("rule", "hapusuji" + SEQ.incrementAndGet() + ", padanhapus"))
                .post("/api/v1/search/synonyms").then().statusCode(201).extract().path("id");
    }

    private static int freshKey() {
        return Api.admin().body(Map.of("name", "k" + SEQ.incrementAndGet(), "owner", "o")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("api_key.id");
    }

    private static List<Endpoint> endpoints() {
        String p = published;
        int r = replicationOfPublished;
        return List.of(
                new Endpoint("list innovations", Access.PUBLIC, () -> Call.get("/api/v1/innovations")),
                new Endpoint("get innovation", Access.PUBLIC, () -> Call.get("/api/v1/innovations/" + p)),
                new Endpoint("similar", Access.PUBLIC, () -> Call.get("/api/v1/innovations/" + p + "/similar")),
                new Endpoint("innovation replications", Access.PUBLIC, () -> Call.get("/api/v1/innovations/" + p + "/replications")),
                new Endpoint("lineage", Access.PUBLIC, () -> Call.get("/api/v1/innovations/" + p + "/lineage")),
                new Endpoint("export innovations", Access.PUBLIC, () -> Call.get("/api/v1/innovations/export")),
                new Endpoint("search", Access.PUBLIC, () -> Call.get("/api/v1/search?q=kemiskinan")),
                new Endpoint("suggest", Access.PUBLIC, () -> Call.get("/api/v1/search/suggest?q=kem")),
                new Endpoint("index status", Access.PUBLIC, () -> Call.get("/api/v1/search/index")),
                new Endpoint("themes", Access.PUBLIC, () -> Call.get("/api/v1/themes")),
                new Endpoint("regions", Access.PUBLIC, () -> Call.get("/api/v1/regions?type=provinsi")),
                new Endpoint("region", Access.PUBLIC, () -> Call.get("/api/v1/regions/33.14")),
                new Endpoint("region replications", Access.PUBLIC, () -> Call.get("/api/v1/regions/33.14/replications")),
                new Endpoint("recommendations", Access.PUBLIC, () -> Call.get("/api/v1/regions/33.14/recommendations")),
                new Endpoint("list replications", Access.PUBLIC, () -> Call.get("/api/v1/replications")),
                new Endpoint("get replication", Access.PUBLIC, () -> Call.get("/api/v1/replications/" + r)),
                new Endpoint("analytics", Access.PUBLIC, () -> Call.get("/api/v1/replications/analytics")),
                new Endpoint("export replications", Access.PUBLIC, () -> Call.get("/api/v1/replications/export")),
                new Endpoint("learning events", Access.PUBLIC, () -> Call.get("/api/v1/learning-events")),
                // The published fixture was indexed long before this endpoint's turn (the indexer polls every 200 ms).
                new Endpoint("search result click", Access.PUBLIC,
                        () -> new Call("POST", "/api/v1/search/clicks?q=kemiskinan&slug=" + p, null, null)),

                new Endpoint("innovation history", Access.STAFF, () -> Call.get("/api/v1/innovations/" + p + "/history")),
                new Endpoint("replication history", Access.STAFF, () -> Call.get("/api/v1/replications/" + r + "/history")),
                new Endpoint("stalled", Access.STAFF, () -> Call.get("/api/v1/replications/stalled")),
                new Endpoint("region history", Access.STAFF, () -> Call.get("/api/v1/regions/33.14/history")),
                new Endpoint("list synonyms", Access.STAFF, () -> Call.get("/api/v1/search/synonyms")),
                new Endpoint("search analytics", Access.STAFF, () -> Call.get("/api/v1/search/analytics?weeks=12")),
                new Endpoint("create innovation", Access.STAFF,
                        () -> new Call("POST", "/api/v1/innovations", anInnovation().json(), null)),
                new Endpoint("edit draft", Access.STAFF, () -> {
                    String slug = draft();
                    return new Call("PUT", "/api/v1/innovations/" + slug,
                            anInnovation().with("slug", slug).with("name", "Diubah").json(), null);
                }),
                new Endpoint("submit for review", Access.STAFF, () -> new Call("POST",
                        "/api/v1/innovations/" + draft() + "/transitions", Map.of("status", "in_review"), null)),
                new Endpoint("import innovations", Access.STAFF, () -> new Call("POST", "/api/v1/innovations/import",
                        "{\"slug\":\"impor-" + SEQ.incrementAndGet() + "-" + System.nanoTime() + "\",\"name\":\"Impor " + System.nanoTime() + "\","
                                + "\"region_code\":\"33.14\",\"level\":\"kabupaten\",\"summary\":\"Ringkasan.\"}\n",
                        "application/x-ndjson")),
                new Endpoint("record replication", Access.STAFF, () -> new Call("POST", "/api/v1/replications",
                        Map.of("source_slug", p, "adopter_name", "Lembaga " + SEQ.incrementAndGet(), "adopter_country", "ID",
                                "status", "minat"), null)),
                new Endpoint("edit replication", Access.STAFF, () -> new Call("PUT",
                        "/api/v1/replications/" + freshReplication(), Map.of("notes", "Catatan"), null)),
                new Endpoint("replication transition", Access.STAFF, () -> new Call("POST",
                        "/api/v1/replications/" + freshReplication() + "/transitions", Map.of("status", "studi_tiru"), null)),
                new Endpoint("import replications", Access.STAFF, () -> new Call("POST", "/api/v1/replications/import",
                        "{\"source_slug\":\"" + p + "\",\"adopter_name\":\"Impor " + SEQ.incrementAndGet()
                                + "\",\"adopter_country\":\"ID\",\"status\":\"minat\"}\n", "application/x-ndjson")),
                new Endpoint("submit a replication sent back", Access.STAFF, () -> new Call("POST",
                        "/api/v1/replications/" + replicationIn("draft") + "/publication", Map.of("publication", "in_review"), null)),
                new Endpoint("publish a replication", Access.EDITORIAL, () -> new Call("POST",
                        "/api/v1/replications/" + replicationIn("in_review") + "/publication", Map.of("publication", "published"), null)),
                new Endpoint("add alias", Access.EDITORIAL, () -> new Call("POST", "/api/v1/regions/33.14/aliases",
                        Map.of("alias", "Alias Uji " + SEQ.incrementAndGet(), "kind", "sebutan"), null)),
                new Endpoint("put indicator", Access.EDITORIAL, () -> new Call("PUT", "/api/v1/regions/33.14/indicators",
                        Map.of("indicator", "persen_miskin", "period", "2099-0" + (SEQ.incrementAndGet() % 9 + 1), "value", 9.5), null)),
                new Endpoint("put national indicator", Access.EDITORIAL, () -> new Call("PUT", "/api/v1/regions/nasional/indicators",
                        Map.of("indicator", "persen_miskin", "period", "2098-03", "value", 9.1), null)),
                new Endpoint("put learning event", Access.EDITORIAL, () -> new Call("POST", "/api/v1/learning-events",
                        Map.of("slug", "acara-uji-" + SEQ.incrementAndGet(), "name", "Acara uji", "date", "2024-05-01"), null)),
                new Endpoint("add synonym", Access.EDITORIAL, () -> new Call("POST", "/api/v1/search/synonyms",
                        Map.of("rule", "sinonimuji" + SEQ.incrementAndGet() + ", padananuji"), null)),

                new Endpoint("confirm running status of a draft", Access.STAFF, () -> new Call("POST",
                        "/api/v1/innovations/" + draft() + "/confirmation", Map.of("running_status", "berjalan"), null)),
                new Endpoint("change own password", Access.STAFF, () -> new Call("PUT", "/api/v1/account/password",
                        Map.of("current_password", "bukan-sandi-sekarang", "password", "Sandi-Baru-Panjang-12"), null), 400),

                new Endpoint("confirm running status of a published entry", Access.EDITORIAL, () -> new Call("POST",
                        "/api/v1/innovations/" + p + "/confirmation", Map.of("running_status", "berjalan"), null)),
                new Endpoint("delete synonym", Access.EDITORIAL,
                        () -> new Call("DELETE", "/api/v1/search/synonyms/" + freshSynonym(), null, null)),
                new Endpoint("publish", Access.EDITORIAL, () -> new Call("POST",
                        "/api/v1/innovations/" + inReview() + "/transitions", Map.of("status", "published"), null)),
                new Endpoint("delete innovation", Access.EDITORIAL,
                        () -> new Call("DELETE", "/api/v1/innovations/" + draft(), null, null)),

                new Endpoint("list users", Access.ADMIN, () -> Call.get("/api/v1/users")),
                new Endpoint("create user", Access.ADMIN, () -> new Call("POST", "/api/v1/users",
                        Map.of("username", "pengguna" + SEQ.incrementAndGet(), "password", "Kata-Sandi-Panjang-9", "role", "curator"), null)),
                new Endpoint("disable user", Access.ADMIN,
                        () -> new Call("POST", "/api/v1/users/" + freshUser() + "/disable", null, null)),
                new Endpoint("enable user", Access.ADMIN,
                        () -> new Call("POST", "/api/v1/users/" + freshUser() + "/enable", null, null)),
                new Endpoint("set a user's password", Access.ADMIN, () -> new Call("PUT",
                        "/api/v1/users/" + freshUser() + "/password", Map.of("password", "Sandi-Lain-Panjang-34"), null)),
                new Endpoint("list api keys", Access.ADMIN, () -> Call.get("/api/v1/api-keys")),
                new Endpoint("create api key", Access.ADMIN, () -> new Call("POST", "/api/v1/api-keys",
                        Map.of("name", "kunci", "owner", "pemilik"), null)),
                new Endpoint("revoke api key", Access.ADMIN, () -> new Call("DELETE", "/api/v1/api-keys/" + freshKey(), null, null)),
                new Endpoint("delete replication", Access.ADMIN,
                        () -> new Call("DELETE", "/api/v1/replications/" + freshReplication(), null, null)),
                new Endpoint("rebuild index", Access.ADMIN, () -> new Call("POST", "/api/v1/search/index/rebuild", null, null)));
    }

    private static RequestSpecification as(Who who, String key, String revokedKey) {
        return switch (who) {
            case ANONYMOUS -> Api.anonymous();
            case API_KEY -> Api.anonymous().header("X-API-Key", key);
            case REVOKED_KEY -> Api.anonymous().header("X-API-Key", revokedKey);
            case CURATOR -> Api.curator();
            case REVIEWER -> Api.reviewer();
            case ADMIN -> Api.admin();
            case WRONG_PASSWORD -> Api.as("kurator", "bukan-sandinya");
        };
    }

    /** A refusal says what kind it is, as every problem does. */
    private static final Map<Integer, String> REFUSAL_TYPES = Map.of(401, "https://lumbung.id/problems/unauthorized",
            403, "https://lumbung.id/problems/forbidden");

    @Test
    void everyEndpointAnswersEveryCallerAsExpected() {
        published = Replications.publishedInnovation("33.14");
        replicationOfPublished = Replications.createId(published, "33.16", "minat", null);
        String key = ApiKeys.create(List.of(), 100_000).path("key");
        var revoked = ApiKeys.create(List.of(), null);
        Api.admin().delete("/api/v1/api-keys/" + revoked.<Integer>path("api_key.id")).then().statusCode(200);
        String revokedKey = revoked.path("key");

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                Call call = endpoint.call().get();
                RequestSpecification request = as(who, key, revokedKey);
                if (call.contentType() != null) {
                    request = request.contentType(call.contentType());
                }
                if (call.body() != null) {
                    request = request.body(call.body());
                }
                var response = request.request(call.method(), call.path()).then().extract();
                int status = response.statusCode();
                if ((status == 401 || status == 403) && !REFUSAL_TYPES.get(status).equals(response.path("type"))) {
                    wrong.add(endpoint.name() + " as " + who + ": " + status + " without its problem type: " + response.asString());
                }
                int want = expected(endpoint.access(), who);
                if (want == 200) {
                    want = endpoint.authorised();
                }
                boolean ok = want == 200 ? status >= 200 && status < 300 : status == want;
                checked++;
                if (!ok) {
                    wrong.add(endpoint.name() + " as " + who + ": " + status + " (expected " + (want == 200 ? "2xx" : want) + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "wrong answers:\n" + String.join("\n", wrong));
        assertTrue(checked >= 55 * Who.values().length, "every endpoint was checked");
    }
}
