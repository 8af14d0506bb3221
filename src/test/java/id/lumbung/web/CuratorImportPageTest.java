package id.lumbung.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.lumbung.testing.Api;
import id.lumbung.testing.FormSignIn;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers of the curator import page and of the stale entries' confirmation, by status: a bad file, a file the
 * dry run did not check, an unknown kind or no file get a page with the message (4xx), never a 500 and never a
 * half-applied write; a curator may not confirm a published entry.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CuratorImportPageTest {

    private static ValidatableResponse upload(FormSignIn signIn, Map<String, String> fields, String file) {
        var request = signIn.request().multiPart("csrf-token", signIn.token());
        fields.forEach(request::multiPart);
        if (file != null) {
            request.multiPart("file", "lines.ndjson", file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        }
        return request.post("/kurator/impor").then().contentType(containsString("text/html"));
    }

    @Test
    void badFilesGetAPageWithTheMessage() {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the test users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        String source = Replications.publishedInnovation("35.72");
        String good = "{\"source_slug\":\"" + source + "\",\"adopter_region_code\":\"33.21\",\"status\":\"minat\"}\n";

        upload(curator, Map.of("kind", "replications"), "{\"source_slug\":\"" + source + "\"\n").statusCode(422)
                .body(containsString("Ada masalah di berkas ini; tidak ada yang diimpor."))
                .body(containsString("bukan JSON yang benar"));
        upload(curator, Map.of("kind", "replications"), "\n\n").statusCode(400)
                .body(containsString("Berkas ini tidak berisi baris; tulis satu objek JSON per baris (NDJSON)."));
        upload(curator, Map.of("kind", "replications"), null).statusCode(400).body(containsString("Pilih berkas NDJSON."));
        upload(curator, Map.of("kind", "tabel"), good).statusCode(400)
                .body(containsString("Pilih yang diimpor: inovasi atau replikasi."));
        upload(curator, Map.of("kind", "replications", "allow_duplicates", "true", "checked", "0".repeat(64)), good)
                .statusCode(400).body(containsString("Berkas ini bukan berkas yang diperiksa tadi"));
        upload(curator, Map.of("kind", "innovations"), good).statusCode(422)
                .body(containsString("Ada masalah di berkas ini")).body(not(containsString("Isian ini belum benar")));
        Api.curator().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(0));

        // The digest the dry run hands on lets exactly that file through.
        upload(curator, Map.of("kind", "replications", "dry_run", "true"), good).statusCode(200)
                .body(containsString("Uji coba, tidak ada yang disimpan: 1 baris; 1 baru, 0 diperbarui, 0 tidak berubah."))
                .body(not(containsString("impor-tetap")));
        Api.curator().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(0));
        upload(curator, Map.of("kind", "replications", "allow_duplicates", "true", "checked", CuratorImportPage.sha256(
                good.getBytes(StandardCharsets.UTF_8))), good).statusCode(200)
                .body(containsString("Selesai diimpor: 1 baris; 1 baru, 0 diperbarui, 0 tidak berubah."));
        Api.curator().queryParam("source", source).get("/api/v1/replications").then().body("total", equalTo(1));
    }

    @Test
    void aCuratorMayNotConfirmAPublishedEntryAReviewerMay() {
        String slug = Replications.publishedInnovation("35.72");
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the test users
        FormSignIn curator = FormSignIn.as("kurator", Api.STAFF_PASSWORD);
        curator.postForm("/kurator/inovasi/" + slug + "/konfirmasi", Map.of()).then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Entri yang sudah terbit dikonfirmasi oleh peninjau atau admin."));
        curator.postForm("/kurator/inovasi/tidak-ada-sama-sekali/konfirmasi", Map.of()).then().statusCode(404);
        Api.anonymous().get("/api/v1/innovations/" + slug).then().body("stale", equalTo(true));

        FormSignIn reviewer = FormSignIn.as("peninjau", Api.STAFF_PASSWORD);
        reviewer.postForm("/kurator/inovasi/" + slug + "/konfirmasi", Map.of()).then().statusCode(303)
                .header("Location", containsString("/kurator?dikonfirmasi=" + slug));
        Api.anonymous().get("/api/v1/innovations/" + slug).then().body("stale", equalTo(false));
    }
}
