package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * New entries of an import are written in JDBC batches (decision 196), not through Hibernate and Envers: their rows,
 * audit rows and outbox rows must be those Envers and the triggers write for an entry created through the API, and a
 * file that fails while it is written leaves nothing behind.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BulkImportAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    /** An entry with every kind of column: texts, English texts, JSON lists and objects, enums, a date, themes. */
    private static Innovations aFullEntry() {
        return anInnovation().with("name", "Inovasi Audit Massal").withAcronym("Zzaudit").with("aliases", List.of("Audit Massal", "AM"))
                .with("agency", "Bappeda").with("year_started", 2019).with("tahapan", "penerapan").with("jenis", "digital")
                .with("bentuk", "pelayanan_publik").with("urusan", "sosial").with("themes", List.of("umkm", "kemiskinan"))
                .with("sdg_goals", List.of(8, 1)).with("problem", "Data tercecer.").with("approach", "Satu data.")
                .with("outcome_indicators", List.of(Map.of("name", "Keluarga miskin", "unit", "KK", "baseline", 120.5,
                        "values", List.of(Map.of("year", 2020, "value", 100)))))
                .with("replication_kit", Map.of("steps", List.of("Bentuk tim"), "documents",
                        List.of(Map.of("title", "Perbup", "url", "https://example.org/perbup.pdf"))))
                .with("public_contact", Map.of("unit", "Bidang Sosial", "email", "sosial@example.go.id"))
                .with("contacts", List.of(Map.of("name", "Ibu Sari", "role", "Kepala Bidang")))
                .with("awards", List.of("Top 45 KIPP 2021")).with("source_urls", List.of("https://example.org/berita"))
                .with("running_status", "berjalan").with("last_confirmed_on", "2024-05-01")
                .with("name_en", "Mass audit").with("summary_en", "A test programme.");
    }

    @Test
    void aBulkCreatedEntryHasTheRowsAuditRowsAndOutboxRowsOfOneCreatedThroughTheApi() throws Exception {
        Innovations viaApi = aFullEntry();
        Innovations imported = aFullEntry();
        Api.admin().body(viaApi.json()).post("/api/v1/innovations").then().statusCode(201);
        Api.admin().contentType("application/x-ndjson").queryParam("allow_duplicates", true)
                .body(JSON.writeValueAsString(imported.json()) + "\n").post("/api/v1/innovations/import")
                .then().statusCode(200).body("created", equalTo(1));

        String row = "select to_jsonb(i) - 'id' - 'slug' - 'created_at' - 'updated_at' from innovation i where slug = ?";
        assertEquals(single(row, viaApi.slug()), single(row, imported.slug()));
        String audit = "select (to_jsonb(a) - 'id' - 'rev' - 'slug')::text from innovation_audit a where slug = ?";
        assertEquals(single(audit, viaApi.slug()), single(audit, imported.slug()));
        String themes = """
                select string_agg(t.theme_code || ':' || t.revtype || ':' || (t.rev = a.rev), ',' order by t.theme_code)
                  from innovation_theme_audit t join innovation_audit a on a.id = t.innovation_id where a.slug = ?""";
        assertEquals("kemiskinan:0:true,umkm:0:true", single(themes, viaApi.slug()));
        assertEquals(single(themes, viaApi.slug()), single(themes, imported.slug()));
        String who = "select r.username from audit_revision r join innovation_audit a on a.rev = r.id where a.slug = ?";
        assertEquals("admin", single(who, imported.slug()));
        // One outbox row in the creating transaction: the innovation's; its themes, written with it, add none (V61).
        String outbox = "select count(*)::text from search_outbox o join innovation i on i.id = o.innovation_id where i.slug = ?";
        assertEquals("1", single(outbox, imported.slug()));
        assertEquals(single(outbox, viaApi.slug()), single(outbox, imported.slug()));
        // A theme written alone, by another transaction (plain SQL), adds its own.
        execute("insert into innovation_theme (innovation_id, theme_code) select id, 'stunting' from innovation where slug = '"
                + imported.slug() + "'");
        assertEquals("2", single(outbox, imported.slug()));

        List<Map<String, Object>> apiHistory = Api.admin().get("/api/v1/innovations/" + viaApi.slug() + "/history")
                .then().statusCode(200).extract().path("[0].changes");
        List<Map<String, Object>> importHistory = Api.admin().get("/api/v1/innovations/" + imported.slug() + "/history")
                .then().statusCode(200).body("action", equalTo(List.of("created"))).extract().path("[0].changes");
        assertEquals(withoutSlug(apiHistory), withoutSlug(importHistory));
    }

    @Test
    void aFileThatUpdatesAndCreatesIsOneRevision() throws Exception {
        Innovations existing = anInnovation();
        Api.admin().body(existing.json()).post("/api/v1/innovations").then().statusCode(201);
        Innovations created = anInnovation();
        String file = JSON.writeValueAsString(existing.with("summary", "Ringkasan yang diperbarui.").json()) + "\n"
                + JSON.writeValueAsString(created.json()) + "\n";
        Api.admin().contentType("application/x-ndjson").queryParam("allow_duplicates", true).body(file)
                .post("/api/v1/innovations/import").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1));
        String revision = "select max(rev)::text from innovation_audit where slug = ?";
        assertEquals(single(revision, existing.slug()), single(revision, created.slug()));
    }

    /**
     * A failure while the new rows are written (here a trigger that refuses one slug, as a unique key taken by a
     * concurrent writer would) rolls back the whole file: the update before it, the rows, audit and outbox rows.
     */
    @Test
    void aFailureWhileWritingRejectsTheWholeFile() throws Exception {
        Innovations existing = anInnovation();
        Api.admin().body(existing.json()).post("/api/v1/innovations").then().statusCode(201);
        Object summary = existing.json().get("summary");
        Innovations first = anInnovation();
        Innovations refused = anInnovation();
        execute("create function refuse_zz() returns trigger language plpgsql as $$ begin "
                + "raise unique_violation using message = 'duplicate key value violates unique constraint \"innovation_slug_key\"'; end $$");
        execute("create trigger refuse_zz before insert on innovation for each row when (new.slug = '" + refused.slug()
                + "') execute function refuse_zz()");
        try {
            List<String> lines = new ArrayList<>();
            lines.add(JSON.writeValueAsString(existing.with("summary", "Tidak boleh tersimpan.").json()));
            for (int i = 0; i < 700; i++) {
                lines.add(JSON.writeValueAsString(anInnovation().json()));
            }
            lines.add(JSON.writeValueAsString(first.json()));
            lines.add(JSON.writeValueAsString(refused.json()));
            Api.admin().contentType("application/x-ndjson").queryParam("allow_duplicates", true)
                    .body(String.join("\n", lines)).post("/api/v1/innovations/import").then().statusCode(409);
        } finally {
            execute("drop trigger refuse_zz on innovation");
            execute("drop function refuse_zz()");
        }
        Api.admin().get("/api/v1/innovations/" + existing.slug()).then().statusCode(200)
                .body("summary", equalTo(summary));
        Api.admin().get("/api/v1/innovations/" + first.slug()).then().statusCode(404);
        assertEquals("0", single("select count(*)::text from innovation_audit where slug = ?", first.slug()));
        assertEquals("1", single("select count(*)::text from innovation_audit where slug = ?", existing.slug()));
    }

    private static List<Map<String, Object>> withoutSlug(List<Map<String, Object>> changes) {
        return changes.stream().filter(c -> !"slug".equals(c.get("field"))).toList();
    }

    private String single(String sql, String slug) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, slug);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
