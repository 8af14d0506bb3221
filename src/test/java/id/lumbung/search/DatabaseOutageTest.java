package id.lumbung.search;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.lumbung.search.analysis.SearchVocabulary;
import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.StoppablePostgres;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search answers from the index alone: with PostgreSQL stopped, the public search still finds, filters, counts and
 * names facet values, and suggest still completes names and regions. Runs its own embedded server (never an external one), because it stops it.
 */
@QuarkusTest
@WithTestResource(StoppablePostgres.class)
class DatabaseOutageTest {

    @Inject
    SearchVocabulary vocabulary;

    private static ValidatableResponse search(String... params) {
        var request = Api.anonymous();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/search").then();
    }

    @Test
    void searchKeepsAnsweringWhenTheDatabaseIsStopped() {
        Innovations innovation = anInnovation().withStatus("published").withAcronym("Zzpadam")
                .with("summary", "Program zzpadam untuk uji pencarian ketika basis data mati.");
        Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations")
                .then().statusCode(201);
        Api.reviewer().body(Map.of("rule", "zzlampu, zzpadam")).post("/api/v1/search/synonyms")
                .then().statusCode(201);
        search("q", "zzlampu").statusCode(200).body("hits.slug", hasItem(innovation.slug()));

        StoppablePostgres.stopServer();

        // A curated rule read from the database before it stopped still applies, also after a rebuild of the
        // vocabulary could not reach the database.
        search("q", "zzlampu").statusCode(200).body("hits.slug", hasItem(innovation.slug()));
        vocabulary.rebuild();
        search("q", "zzlampu").statusCode(200).body("hits.slug", hasItem(innovation.slug()));

        search("q", "zzpadam").statusCode(200)
                .body("hits.slug", hasItem(innovation.slug()))
                .body("total", equalTo(1))
                .body("facets.theme[0].value", equalTo("kemiskinan"))
                .body("facets.theme[0].label", equalTo("Kemiskinan"))
                .body("facets.province[0].value", equalTo("33"))
                .body("facets.province[0].label", equalTo("Provinsi Jawa Tengah"));
        search("q", "zzpadam", "province", "33", "theme", "kemiskinan", "sort", "newest").statusCode(200)
                .body("hits.slug", hasItem(innovation.slug()));
        search("q", "zzpadm").statusCode(200).body("did_you_mean", equalTo("zzpadam"));
        Api.anonymous().queryParam("q", "zzpad").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.slug", hasItem(innovation.slug()));
        Api.anonymous().queryParam("q", "kalbar").get("/api/v1/search/suggest").then().statusCode(200)
                .body("suggestions.code", hasItem("61"));
        search("q", "zzpadam", "year_from", "tahun").statusCode(400)
                .contentType("application/problem+json");
    }
}
