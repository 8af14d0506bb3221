package id.lumbung.replication;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReplicationLifecycleTest {

    /** The lifecycle of the issue, written out by hand: from each status, the statuses a transition may reach. */
    private static final Map<String, Set<String>> LEGAL = Map.of(
            "minat", Set.of("studi_tiru", "kesepakatan", "uji_coba", "diterapkan", "dihentikan"),
            "studi_tiru", Set.of("kesepakatan", "uji_coba", "diterapkan", "dihentikan"),
            "kesepakatan", Set.of("uji_coba", "diterapkan", "dihentikan"),
            "uji_coba", Set.of("diterapkan", "dihentikan"),
            "diterapkan", Set.of("dilembagakan", "dihentikan"),
            "dilembagakan", Set.of("dihentikan"),
            "dihentikan", Set.of("minat"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTransitionIsLegalOrRefusedWithTheAllowedNextStates() {
        String source = Replications.publishedInnovation("52.01");
        Iterator<String> adopters = Replications.kabupatenCodes().iterator();
        List<String> mismatches = new ArrayList<>();
        for (String from : LEGAL.keySet()) {
            for (String to : LEGAL.keySet()) {
                int id = Replications.createId(source, adopters.next(), from, "2024-01-10");
                int expected = LEGAL.get(from).contains(to) ? 200 : 409;
                var response = Replications.transition(id, to, "2024-02-01", to.equals("dihentikan") ? "Anggaran dialihkan" : null);
                int actual = response.extract().statusCode();
                if (actual != expected) {
                    mismatches.add(from + " -> " + to + ": " + actual);
                } else if (expected == 409) {
                    response.contentType(containsString("application/problem+json"))
                            .body("current_status", equalTo(from))
                            .body("requested_status", equalTo(to))
                            .body("allowed_next", containsInAnyOrder(LEGAL.get(from).toArray()));
                } else {
                    response.body("status", equalTo(to)).body("status_since", equalTo("2024-02-01"))
                            .body("history", hasSize(2));
                }
            }
        }
        assertTrue(mismatches.isEmpty(), "unexpected answers: " + mismatches);
    }

    @Test
    void aStoppedReplicationRestartsAtMinatAndKeepsItsWholeHistory() {
        String source = Replications.publishedInnovation("52.01");
        int id = Replications.createId(source, "33.16", "studi_tiru", "2023-06-13");
        Replications.transition(id, "kesepakatan", "2023-09-01", "MoU ditandatangani").statusCode(200);
        Replications.transition(id, "dihentikan", "2024-01-15", null).statusCode(400)
                .body("violations[0].field", equalTo("note"));
        Replications.transition(id, "dihentikan", "2024-01-15", "Pergantian kepala daerah").statusCode(200);
        Replications.transition(id, "studi_tiru", "2024-06-01", null).statusCode(409);
        Replications.transition(id, "minat", "2024-06-01", "Dibahas lagi di Musrenbang").statusCode(200)
                .body("allowed_next", containsInAnyOrder("studi_tiru", "kesepakatan", "uji_coba", "diterapkan", "dihentikan"));
        assertEquals(List.of("studi_tiru@2023-06-13", "kesepakatan@2023-09-01", "dihentikan@2024-01-15", "minat@2024-06-01"),
                Replications.history(id));
        Api.curator().get("/api/v1/replications/" + id).then()
                .body("history[2].note", equalTo("Pergantian kepala daerah"))
                .body("history[2].recorded_by", equalTo("peninjau"));
    }

    @Test
    void backDatingIsAllowedButNotBeforeTheLatestStepNorIntoTheFuture() {
        String source = Replications.publishedInnovation("52.01");
        int id = Replications.createId(source, "33.17", "minat", "2022-03-01");
        Replications.transition(id, "studi_tiru", "2022-05-20", null).statusCode(200)
                .body("status_since", equalTo("2022-05-20"));
        Replications.transition(id, "uji_coba", "2022-04-01", null).statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("date")).body("detail", containsString("2022-05-20"));
        Replications.transition(id, "uji_coba", LocalDate.now().plusDays(3).toString(), null).statusCode(400)
                .body("violations[0].field", equalTo("date"));
        // An undated step leaves the date unknown: the day it was recorded is not the day it happened.
        Replications.transition(id, "uji_coba", null, "Tanggal tidak diketahui").statusCode(200)
                .body("status", equalTo("uji_coba")).body("status_since", equalTo(null));
        assertEquals(List.of("minat@2022-03-01", "studi_tiru@2022-05-20", "uji_coba@null"), Replications.history(id));
    }

    @Test
    void badTransitionRequestsAreClearProblems() {
        String source = Replications.publishedInnovation("52.01");
        int id = Replications.createId(source, "33.18", "minat", null);
        Replications.transition(id, "selesai", null, null).statusCode(400).body("violations[0].field", equalTo("status"));
        Api.reviewer().body("{\"status\": ").post("/api/v1/replications/" + id + "/transitions").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        Api.reviewer().body(Map.of("status", "studi_tiru", "date", "kemarin"))
                .post("/api/v1/replications/" + id + "/transitions").then().statusCode(400);
        Replications.transition(999_999, "studi_tiru", null, null).statusCode(404);
        Api.anonymous().body(Map.of("status", "studi_tiru")).post("/api/v1/replications/" + id + "/transitions")
                .then().statusCode(401);
        Api.reviewer().header("If-Match", "\"99\"").body(Map.of("status", "studi_tiru"))
                .post("/api/v1/replications/" + id + "/transitions").then().statusCode(412);
        assertEquals(List.of("minat@null"), Replications.history(id), "no refused request may leave a step");
    }

    @Test
    void historyCannotBeRewrittenEvenInTheDatabase() throws SQLException {
        String source = Replications.publishedInnovation("52.01");
        int id = Replications.createId(source, "33.19", "minat", "2023-01-01");
        Replications.transition(id, "studi_tiru", "2023-02-01", null).statusCode(200);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update replication_status_change set status = 'diterapkan' where replication_id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "delete from replication_status_change where replication_id = " + id));
        }
        assertEquals(List.of("minat@2023-01-01", "studi_tiru@2023-02-01"), Replications.history(id));
        Api.admin().delete("/api/v1/replications/" + id).then().statusCode(204);
        Api.admin().get("/api/v1/replications/" + id).then().statusCode(404);
    }

    @Test
    void detailsAreEditedWithoutTouchingTheStatus() {
        String source = Replications.publishedInnovation("52.01");
        int id = Replications.createId(source, "33.20", "diterapkan", "2023-01-01");
        String etag = Api.curator().get("/api/v1/replications/" + id).then().extract().header("ETag");
        Map<String, Object> details = Map.of(
                "notes", "Diadaptasi untuk wilayah pesisir",
                "adaptation", Map.of("kept", List.of("Musyawarah desa"), "changed", List.of("Pendataan lewat kader posyandu"),
                        "dropped", List.of("Aplikasi seluler"), "rationale", "Sinyal seluler lemah"),
                "outcomes", List.of(Map.of("name", "Persentase penduduk miskin ekstrem", "unit", "%", "baseline", 3.2,
                        "values", List.of(Map.of("year", 2024, "value", 2.1)))),
                "evidence", List.of(Map.of("url", "https://example.go.id/berita", "title", "Berita daerah", "verified", true)),
                "legal_basis", Map.of("kind", "Perbup", "number", "12", "year", 2023, "title", "Percepatan penanggulangan kemiskinan"));
        Api.reviewer().header("If-Match", etag).body(details).put("/api/v1/replications/" + id).then().statusCode(200)
                .body("status", equalTo("diterapkan"))
                .body("adaptation.dropped[0]", equalTo("Aplikasi seluler"))
                .body("outcomes[0].values[0].value", equalTo(2.1f))
                .body("evidence[0].verified", equalTo(true))
                .body("legal_basis.kind", equalTo("Perbup"));
        Api.reviewer().header("If-Match", etag).body(details).put("/api/v1/replications/" + id).then().statusCode(412);
        Api.reviewer().body(Map.of("legal_basis", Map.of("number", "12"))).put("/api/v1/replications/" + id).then()
                .statusCode(400).body("violations[0].field", equalTo("legal_basis.kind"));
        // A status in a PUT is read-only like the rest of the read shape (decision 170): ignored, moved only by steps.
        Map<String, Object> withStatus = new HashMap<>(details);
        withStatus.put("status", "minat");
        Api.reviewer().body(withStatus).put("/api/v1/replications/" + id).then().statusCode(200)
                .body("status", equalTo("diterapkan"));
        Api.curator().get("/api/v1/replications/" + id).then().body("status", equalTo("diterapkan"))
                .body("legal_basis.number", equalTo("12"));
    }

    @Test
    void searchShowsTheCountAndBestStatusAfterAStatusChange() {
        String source = Replications.publishedInnovation("52.01");
        int id = Replications.create(source, "33.21", "studi_tiru", null, null).statusCode(201).extract().path("id");
        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("status", "diterapkan", "date", "2024-05-01"))
                .post("/api/v1/replications/" + id + "/transitions").then().statusCode(200).header("Lumbung-Indexed", "true");
        Api.anonymous().queryParam("q", source).queryParam("replicated", "true").get("/api/v1/search").then()
                .statusCode(200)
                .body("hits.find { it.slug == '" + source + "' }.replication_count", equalTo(1))
                .body("hits.find { it.slug == '" + source + "' }.best_replication_status", equalTo("diterapkan"));
        Api.reviewer().queryParam("wait_for", "indexed").body(Map.of("status", "dihentikan", "note", "Dana habis"))
                .post("/api/v1/replications/" + id + "/transitions").then().statusCode(200);
        Api.anonymous().queryParam("q", source).get("/api/v1/search").then().statusCode(200)
                .body("hits.find { it.slug == '" + source + "' }.best_replication_status", equalTo(null));
    }
}
