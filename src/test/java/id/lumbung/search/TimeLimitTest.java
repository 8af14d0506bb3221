package id.lumbung.search;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search, suggest and similar all stop at lumbung.search.query-timeout: with a limit of zero each is cut short at
 * once and says so ({@code partial: true}) instead of running on.
 */
@QuarkusTest
@TestProfile(TimeLimitTest.NoTime.class)
@WithTestResource(PostgresTestResource.class)
class TimeLimitTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.search.query-timeout", "0s");
        }
    }

    @Test
    void searchSuggestAndSimilarHonourTheTimeLimit() {
        Innovations first = anInnovation().withStatus("published").withAcronym("Zzwaktu")
                .with("summary", "Program zzwaktu pendataan keluarga miskin desa.");
        Innovations second = anInnovation().withStatus("published").withAcronym("Zzwaktu Dua")
                .with("summary", "Program zzwaktu pendataan keluarga miskin kota.");
        Api.admin().body(first.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.admin().queryParam("wait_for", "indexed").queryParam("confirm_duplicate", true).body(second.json())
                .post("/api/v1/innovations").then().statusCode(201);

        // A partial answer is stored by no cache: the next request may well be complete.
        Api.anonymous().queryParam("q", "zzwaktu").get("/api/v1/search").then().statusCode(200)
                .body("partial", equalTo(true)).header("Cache-Control", "no-store").header("ETag", nullValue());
        Api.anonymous().queryParam("q", "zzwak").get("/api/v1/search/suggest").then().statusCode(200)
                .body("partial", equalTo(true)).body("suggestions.findAll { it.type == 'innovation' }", empty())
                .header("Cache-Control", "no-store").header("ETag", nullValue());
        Api.anonymous().get("/api/v1/innovations/" + first.slug() + "/similar").then().statusCode(200)
                .body("partial", equalTo(true)).body("items", empty()).header("Cache-Control", "no-store");
    }
}
