package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class InnovationApiTest {

    @Test
    void createdInnovationIsADraftInvisibleToThePublic() {
        Innovations innovation = anInnovation().withAcronym("UJI");
        Api.curator().body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/innovations/" + innovation.slug()))
                .body("status", equalTo("draft"))
                .body("region.code", equalTo("33.14"))
                .body("province.code", equalTo("33"))
                .body("version", equalTo(0));

        Api.anonymous().get("/api/v1/innovations/" + innovation.slug()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.anonymous().queryParam("limit", 100).queryParam("status", "draft").get("/api/v1/innovations")
                .then().statusCode(200)
                .body("items.slug", not(hasItem(innovation.slug())))
                .body("items.status", everyItem(equalTo("published")));
        Api.anonymous().queryParam("format", "ndjson").get("/api/v1/innovations/export")
                .then().statusCode(200).body(not(containsString(innovation.slug())));
        // A GET's ETag is the version and a fingerprint of the answer (ApiCachingTest).
        Api.curator().get("/api/v1/innovations/" + innovation.slug()).then().statusCode(200)
                .header("ETag", startsWith("\"0-"));
    }

    @Test
    void roundTripKeepsEveryField() {
        Map<String, Object> body = anInnovation()
                .with("acronym", "SIKAT")
                .with("aliases", List.of("Sistem Kawal Terpadu"))
                .with("agency", "Bappeda")
                .with("year_started", 2019)
                .with("tahapan", "penerapan")
                .with("jenis", "digital")
                .with("bentuk", "pelayanan_publik")
                .with("urusan", "sosial")
                .with("themes", List.of("kemiskinan", "data-terpadu"))
                .with("sdg_goals", List.of(1, 10))
                .with("problem", "Data warga miskin tersebar.")
                .with("approach", "Satu basis data desa.")
                .with("goals", "Bantuan tepat sasaran.")
                .with("benefits", "Warga miskin terlayani.")
                .with("outcomes", "Kemiskinan turun 2 poin.")
                .with("outcome_indicators", List.of(Map.of("name", "Persentase penduduk miskin", "unit", "%",
                        "baseline", 12.5, "target", 9.0, "values", List.of(Map.of("year", 2022, "value", 11.2)))))
                .with("legal_basis", "Perbup Sragen No. 12 Tahun 2019")
                .with("cost_estimate", "Rp 1,2 miliar per tahun")
                .with("replication_kit", Map.of("prerequisites", List.of("Perbup"), "steps", List.of("Bentuk tim"),
                        "documents", List.of(Map.of("title", "SOP", "url", "https://example.org/sop.pdf"))))
                .with("contacts", List.of(Map.of("name", "Budi", "role", "Kabid", "email", "budi@example.org")))
                .with("awards", List.of("Top 45 KIPP 2019", Map.of("name", "Sinovik", "year", 2020, "rank", "Top 99")))
                .with("source_urls", List.of("https://example.org/berita"))
                .with("running_status", "berjalan")
                .with("last_confirmed_on", "2025-06-30")
                .json();
        String slug = (String) body.get("slug");
        Api.curator().body(body).post("/api/v1/innovations").then().statusCode(201);

        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200)
                .body("acronym", equalTo("SIKAT"))
                .body("aliases", equalTo(List.of("Sistem Kawal Terpadu")))
                .body("tahapan", equalTo("penerapan"))
                .body("bentuk", equalTo("pelayanan_publik"))
                .body("themes", equalTo(List.of("data-terpadu", "kemiskinan")))
                .body("sdg_goals", equalTo(List.of(1, 10)))
                .body("outcome_indicators[0].values[0].value", equalTo(11.2f))
                .body("replication_kit.documents[0].title", equalTo("SOP"))
                .body("contacts[0].email", equalTo("budi@example.org"))
                .body("awards[0].name", equalTo("Top 45 KIPP 2019"))
                .body("awards[0].year", equalTo(2019))
                .body("awards[1].rank", equalTo("Top 99"))
                .body("evidence_sources[0].url", equalTo("https://example.org/berita"))
                .body("evidence_sources[0].verified", equalTo(false))
                .body("running_status", equalTo("berjalan"))
                .body("last_confirmed_on", equalTo("2025-06-30"))
                .body("created_at", notNullValue());
    }

    @Test
    void updateWithCurrentETagSucceedsAndAStaleOneIsRefused() {
        Innovations innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);

        String etag = Api.curator().get("/api/v1/innovations/" + innovation.slug()).header("ETag");
        Api.curator().header("If-Match", etag).body(innovation.with("name", "Nama Baru").json())
                .put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(200).body("name", equalTo("Nama Baru")).header("ETag", "\"1\"");

        // A second editor still holding the first version must not overwrite the first edit.
        Api.curator().header("If-Match", etag).body(innovation.with("name", "Suntingan Basi").json())
                .put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(412).contentType("application/problem+json");
        Api.curator().get("/api/v1/innovations/" + innovation.slug()).then().body("name", equalTo("Nama Baru"));
    }

    @Test
    void anUnchangedPutKeepsTheVersion() {
        Innovations innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.curator().body(innovation.json()).put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void concurrentEditsWithTheSameVersionLetExactlyOneWin() throws Exception {
        Innovations innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> edit = innovation.json();
                edit.put("name", "Suntingan " + i);
                results.add(pool.submit(() -> Api.curator().header("If-Match", "\"0\"").body(edit)
                        .put("/api/v1/innovations/" + innovation.slug()).statusCode()));
            }
            long wins = 0;
            for (var result : results) {
                int status = result.get();
                if (status == 200) {
                    wins++;
                } else {
                    assertNotEquals(500, status);
                    assertTrue(status == 409 || status == 412, "status " + status);
                }
            }
            assertEquals(1, wins);
        } finally {
            pool.shutdown();
        }
        Api.curator().get("/api/v1/innovations/" + innovation.slug()).then().body("version", equalTo(1));
    }

    @Test
    void publishedInnovationIsPublicWithoutContacts() {
        Innovations innovation = anInnovation()
                .with("contacts", List.of(Map.of("name", "Sri", "phone", "08123456789")));
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.reviewer().body(innovation.withStatus("published").json()).put("/api/v1/innovations/" + innovation.slug())
                .then().statusCode(200).body("status", equalTo("published"));

        Api.anonymous().get("/api/v1/innovations/" + innovation.slug()).then().statusCode(200)
                .body("name", equalTo(innovation.json().get("name")))
                .body("contacts", nullValue());
        Api.curator().get("/api/v1/innovations/" + innovation.slug()).then().statusCode(200)
                .body("contacts[0].phone", equalTo("08123456789"));
        Api.anonymous().queryParam("region", "33").queryParam("limit", 100).get("/api/v1/innovations")
                .then().statusCode(200).body("items.slug", hasItem(innovation.slug()));
    }

    @Test
    void aRegionFilterTakesTheRegionAndWhatLiesBelowItNotCodesThatMerelyStartTheSame() {
        List<String> slugs = new ArrayList<>();
        for (String code : List.of("74.01", "74.02", "74.71")) {
            Innovations innovation = anInnovation().inRegion(code).withStatus("published");
            Api.admin().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
            slugs.add(innovation.slug());
        }
        List<String> buton = Api.anonymous().queryParam("region", "74.01").queryParam("limit", 100)
                .get("/api/v1/innovations").then().statusCode(200).extract().path("items.region.code");
        assertFalse(buton.isEmpty());
        assertTrue(buton.stream().allMatch("74.01"::equals), buton.toString());
        Api.anonymous().queryParam("region", "74.01").queryParam("limit", 100).get("/api/v1/innovations").then()
                .body("items.slug", hasItem(slugs.get(0))).body("items.slug", not(hasItem(slugs.get(1))));
        Api.anonymous().queryParam("region", "74").queryParam("limit", 100).get("/api/v1/innovations").then()
                .body("items.slug", hasItems(slugs.toArray(String[]::new)));
        // A code has the fixed widths of Kemendagri's codes, so no region's code starts another's except its own below it.
        Api.anonymous().queryParam("region", "74.0").get("/api/v1/innovations").then().statusCode(400);
    }

    @Test
    void provinceFilterIncludesItsKabupatenAndPaginationIsStable() {
        for (int i = 0; i < 3; i++) {
            Api.admin().body(anInnovation().inRegion("74.0" + (i + 1)).withStatus("published").json())
                    .post("/api/v1/innovations").then().statusCode(201);
        }
        var first = Api.anonymous().queryParam("province", "74").queryParam("limit", 2).get("/api/v1/innovations")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract();
        int total = first.path("total");
        assertTrue(total >= 3);
        String cursor = first.path("next_cursor");
        List<String> firstSlugs = first.path("items.slug");
        List<String> second = Api.anonymous().queryParam("province", "74").queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/innovations").then().statusCode(200)
                .extract().path("items.slug");
        assertFalse(second.isEmpty());
        assertTrue(second.getFirst().compareTo(firstSlugs.getLast()) > 0);
        assertTrue(second.stream().noneMatch(firstSlugs::contains));
        Api.anonymous().queryParam("province", "74").queryParam("limit", 100).get("/api/v1/innovations")
                .then().body("items.province.code", everyItem(equalTo("74")));
    }

    @Test
    void deleteIsForAdminsOnly() {
        Innovations innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.curator().delete("/api/v1/innovations/" + innovation.slug()).then().statusCode(403);
        Api.admin().delete("/api/v1/innovations/" + innovation.slug()).then().statusCode(204);
        Api.admin().get("/api/v1/innovations/" + innovation.slug()).then().statusCode(404);
    }

    @Test
    void duplicateSlugIsAConflict() {
        Innovations innovation = anInnovation();
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void nationalProgrammeNeedsNoRegion() {
        Innovations innovation = anInnovation().without("region_code").with("level", "nasional")
                .with("region_name", "Kementerian Uji Coba");
        Api.curator().body(innovation.json()).post("/api/v1/innovations").then().statusCode(201)
                .body("owner_name", equalTo("Kementerian Uji Coba"))
                .body("region", nullValue());
    }

    @Test
    void regionIsResolvedFromTheNamesPeopleUse() {
        Api.curator().body(anInnovation().without("region_code").with("region_name", "Kab. Kukar").json())
                .post("/api/v1/innovations").then().statusCode(201).body("region.code", equalTo("64.02"));
        Api.curator().body(anInnovation().without("region_code").with("region_name", "Provinsi DKI Jakarta").json())
                .post("/api/v1/innovations").then().statusCode(201).body("region.code", equalTo("31"));
        Api.curator().body(anInnovation().without("region_code").with("region_name", "Bandung").json())
                .post("/api/v1/innovations").then().statusCode(400)
                .body("violations[0].field", equalTo("region_name"));
    }
}
