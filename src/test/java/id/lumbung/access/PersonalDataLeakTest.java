package id.lumbung.access;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A published entry with personal contacts and an institutional public contact: every public path, in every format
 * (JSON, NDJSON, CSV, pages, widget, search, suggest, similar, lineage, replications, history), shows the public
 * contact where the record is shown and never the personal data, to anonymous callers and API keys alike.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PersonalDataLeakTest {

    private static final String PERSON = "Sutrisno Wibisono";
    private static final String PERSON_EMAIL = "sutrisno.wibisono@pribadi.example.id";
    private static final String PERSON_PHONE = "0812-7777-4321";
    private static final String UNIT = "Bidang Perencanaan Sosial Budaya, Bappeda Kabupaten Uji";
    private static final String OFFICE_EMAIL = "bappeda@kabuji.example.go.id";
    private static final String OFFICE_PHONE = "(0271) 555-0101";
    private static final String WEBSITE = "https://bappeda.kabuji.example.go.id";

    @Test
    void personalContactsReachNoPublicPathWhileThePublicContactIsShown() {
        String word = "pribadiuji" + System.nanoTime() % 100000;
        Innovations entry = anInnovation().inRegion("33.14").withStatus("published").withAcronym("Priv" + word.substring(10))
                .with("name", "Program " + word + " layanan terpadu")
                .with("summary", "Program " + word + " untuk pendataan keluarga miskin di desa.")
                .with("contacts", List.of(Map.of("name", PERSON, "role", "Kepala Bidang", "email", PERSON_EMAIL,
                        "phone", PERSON_PHONE)))
                .with("public_contact", Map.of("unit", UNIT, "email", OFFICE_EMAIL, "phone", OFFICE_PHONE, "website", WEBSITE));
        Api.admin().queryParam("confirm_duplicate", true).body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        String neighbour = Replications.publishedInnovation("33.14");
        Api.reviewer().body(Map.of("source_slug", entry.slug(), "adopter_region_code", "33.16", "status", "minat"))
                .post("/api/v1/replications").then().statusCode(201);
        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("source_slug", neighbour, "adopter_region_code",
                "33.17", "status", "minat", "derived_slug", entry.slug())).post("/api/v1/replications").then().statusCode(201);

        // Staff see both: the test would pass for nothing if the contacts were never stored.
        Api.curator().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200)
                .body("contacts[0].email", equalTo(PERSON_EMAIL)).body("public_contact.email", equalTo(OFFICE_EMAIL));

        String key = ApiKeys.create(List.of("https://widget.example.go.id"), null).path("key");
        List<Supplier<RequestSpecification>> callers = List.of(Api::anonymous,
                () -> Api.anonymous().header("X-API-Key", key),
                () -> Api.anonymous().header("X-API-Key", key).header("Origin", "https://widget.example.go.id"));
        // Paths that show the record itself: the public contact belongs there.
        List<String> withRecord = List.of("/api/v1/innovations/" + entry.slug(), "/api/v1/innovations/export",
                "/api/v1/innovations/export?format=csv", "/inovasi/" + entry.slug());
        List<String> others = List.of("/api/v1/innovations?region=33.14&limit=100", "/api/v1/search?q=" + word,
                "/api/v1/search?q=" + word + "&sort=newest", "/api/v1/search/suggest?q=" + word.substring(0, 8),
                "/api/v1/innovations/" + neighbour + "/similar", "/api/v1/innovations/" + entry.slug() + "/similar",
                "/api/v1/innovations/" + entry.slug() + "/lineage", "/api/v1/innovations/" + neighbour + "/lineage",
                "/api/v1/innovations/" + entry.slug() + "/replications", "/api/v1/replications?limit=100",
                "/api/v1/replications/export", "/api/v1/replications/export?format=csv", "/api/v1/replications/analytics",
                "/api/v1/regions/33.14/replications", "/api/v1/regions/33.16/recommendations?limit=50",
                "/", "/cari?q=" + word, "/inovasi/" + neighbour, "/daerah/33.14", "/replikasi");
        List<String> checked = new ArrayList<>();
        for (Supplier<RequestSpecification> caller : callers) {
            for (String path : withRecord) {
                String body = caller.get().get(path).then().statusCode(200).extract().asString();
                assertPersonalDataAbsent(path, body);
                assertTrue(body.contains(OFFICE_EMAIL) && body.contains(WEBSITE), path + " shows the public contact");
                checked.add(path);
            }
            for (String path : others) {
                assertPersonalDataAbsent(path, caller.get().get(path).then().statusCode(200).extract().asString());
                checked.add(path);
            }
            for (String path : List.of("/api/v1/innovations/" + entry.slug() + "/history",
                    "/kurator/inovasi/" + entry.slug() + "/riwayat", "/kurator/inovasi/" + entry.slug())) {
                String body = caller.get().redirects().follow(false).get(path).then().extract().asString();
                assertPersonalDataAbsent(path, body);
            }
        }
        assertEquals(3 * (withRecord.size() + others.size()), checked.size());
        Api.anonymous().get("/api/v1/innovations/" + entry.slug()).then()
                .body("public_contact.unit", equalTo(UNIT)).body("public_contact.phone", equalTo(OFFICE_PHONE))
                .body("$", not(org.hamcrest.Matchers.hasKey("contacts")));
        Api.anonymous().get("/api/v1/innovations/export").then()
                .body(containsString("\"public_contact\":{\"unit\":\"" + UNIT + "\""));
        Api.anonymous().get("/inovasi/" + entry.slug()).then().body(containsString(UNIT)).body(containsString(OFFICE_PHONE));
        Api.anonymous().queryParam("q", word).get("/api/v1/search").then().body("hits.slug", hasItem(entry.slug()));
    }

    @Test
    void theHistoryShowsPersonalDataToStaffOnly() {
        Innovations entry = anInnovation().with("contacts", List.of(Map.of("name", PERSON, "email", PERSON_EMAIL)));
        Api.curator().body(entry.json()).post("/api/v1/innovations").then().statusCode(201);
        String history = Api.curator().get("/api/v1/innovations/" + entry.slug() + "/history").then().statusCode(200)
                .extract().asString();
        assertTrue(history.contains(PERSON_EMAIL), "staff read the contacts in the history");
        Api.anonymous().get("/api/v1/innovations/" + entry.slug() + "/history").then().statusCode(401);
    }

    private static void assertPersonalDataAbsent(String path, String body) {
        for (String personal : List.of(PERSON, PERSON_EMAIL, PERSON_PHONE, "Kepala Bidang", "recorded_by", "peninjau")) {
            assertFalse(body.contains(personal), path + " shows '" + personal + "'");
        }
    }
}
