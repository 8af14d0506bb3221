package id.lumbung.region;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RegionApiTest {

    @Test
    void allProvincesAndKabupatenKotaArePreloaded() {
        Api.anonymous().queryParam("type", "provinsi").get("/api/v1/regions").then().statusCode(200)
                .body("total", equalTo(38))
                .body("counts_by_type.provinsi", equalTo(38))
                .body("counts_by_type.kabupaten", equalTo(416))
                .body("counts_by_type.kota", equalTo(98))
                .body("source.license", equalTo("ODbL-1.0"));
    }

    @Test
    void regionsAreFoundByAliasAsWellAsByName() {
        Api.anonymous().queryParam("q", "kalbar").get("/api/v1/regions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo("61"));
        Api.anonymous().queryParam("q", "Kab. Kukar").get("/api/v1/regions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo("64.02"));
        Api.anonymous().queryParam("q", "ketapang").queryParam("type", "kabupaten").get("/api/v1/regions").then()
                .statusCode(200).body("items.code", hasItem("61.04"));
    }

    @Test
    void regionDetailHasAncestorsChildrenAndAliases() {
        Api.anonymous().get("/api/v1/regions/64.02").then().statusCode(200)
                .body("name", equalTo("Kabupaten Kutai Kartanegara"))
                .body("ancestors[0].code", equalTo("64"))
                .body("aliases.alias", hasItems("Kukar", "Kab. Kutai Kartanegara"))
                .body("source.attribution", startsWith("Kode dan nama wilayah dari idn-area-data"));
        Api.anonymous().get("/api/v1/regions/61").then().statusCode(200)
                .body("display_name", equalTo("Provinsi Kalimantan Barat"))
                .body("aliases.alias", hasItem("Kalbar"))
                .body("children.code", hasItem("61.71"))
                .body("child_count", equalTo(14));
    }

    @Test
    void paginationWalksAllKabupatenKotaOfAProvince() {
        var first = Api.anonymous().queryParam("parent", "35").queryParam("limit", 20).get("/api/v1/regions")
                .then().statusCode(200).body("total", equalTo(38)).extract();
        String cursor = first.path("next_cursor");
        Api.anonymous().queryParam("parent", "35").queryParam("limit", 20).queryParam("cursor", cursor)
                .get("/api/v1/regions").then().statusCode(200).body("items.size()", equalTo(18));
    }

    @Test
    void curatorsAddAliasesAndIndicators() {
        Api.reviewer().body(Map.of("alias", "Bumi Sukowati", "kind", "sebutan")).post("/api/v1/regions/33.14/aliases")
                .then().statusCode(200).body("alias", equalTo("Bumi Sukowati"));
        Api.reviewer().body(Map.of("alias", "bumi  sukowati")).post("/api/v1/regions/33.14/aliases")
                .then().statusCode(409);
        Api.reviewer().body(Map.of("indicator", "persen_miskin", "period", "2024-03", "value", 12.5, "source", "BPS"))
                .put("/api/v1/regions/33.14/indicators").then().statusCode(200);
        Api.reviewer().body(Map.of("indicator", "persen_miskin", "period", "2024-03", "value", 12.1, "source", "BPS"))
                .put("/api/v1/regions/33.14/indicators").then().statusCode(200);
        Api.anonymous().get("/api/v1/regions/33.14").then()
                .body("indicators.findAll { it.period == '2024-03' }.size()", equalTo(1))
                .body("indicators.find { it.period == '2024-03' }.value", equalTo(12.1f));
    }

    @Test
    void areaImportRejectsRowsWithUnknownParentsAtomically() {
        String csv = "code,regency_code,name\n33.14.98,33.14,Uji Satu\n99.98.01,99.98,Tanpa Induk\n";
        Api.admin().contentType("text/csv").body(csv).post("/api/v1/regions/import").then().statusCode(422)
                .body("errors[0].line", equalTo(3));
        Api.anonymous().get("/api/v1/regions/33.14.98").then().statusCode(404);
        Api.admin().contentType("text/csv").body("kode,nama\n1,2\n").post("/api/v1/regions/import").then().statusCode(400);
        Api.curator().contentType("text/csv").body(csv).post("/api/v1/regions/import").then().statusCode(403);
    }

    @Test
    void aliasAndIndicatorChangesAreInTheRegionHistory() {
        Api.reviewer().body(Map.of("alias", "Bumi Mina Uji", "kind", "sebutan")).post("/api/v1/regions/52.08/aliases")
                .then().statusCode(200);
        Api.reviewer().body(Map.of("indicator", "persen_miskin", "period", "2097-03", "value", 12.5))
                .put("/api/v1/regions/52.08/indicators").then().statusCode(200);
        Api.reviewer().body(Map.of("indicator", "persen_miskin", "period", "2097-03", "value", 11.75))
                .put("/api/v1/regions/52.08/indicators").then().statusCode(200);
        Api.curator().get("/api/v1/regions/52.08/history").then().statusCode(200)
                .body("record.findAll { it.startsWith('alias') }.size()", equalTo(1))
                .body("find { it.record.startsWith('alias') }.revision.by", equalTo("peninjau"))
                .body("find { it.record.startsWith('alias') }.revision.changes.find { it.field == 'alias' }.to",
                        equalTo("Bumi Mina Uji"))
                .body("findAll { it.record.startsWith('indicator') }.revision.action", hasItems("created", "updated"))
                .body("findAll { it.record.startsWith('indicator') }.revision.by", hasItems("peninjau"));
        Api.anonymous().get("/api/v1/regions/52.08/history").then().statusCode(401);
        Api.curator().get("/api/v1/regions/99.99/history").then().statusCode(404);
    }
}
