package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validation messages a curator meets, in Indonesian on Indonesian pages and as they are on English ones. */
class ValidationTextTest {

    @Test
    void theApiMessagesAFormShowsAreIndonesianOnIndonesianPages() {
        Map<String, String> expected = Map.of(
                "must not be blank", "wajib diisi",
                "size must be between 0 and 300", "paling banyak 300 karakter atau butir",
                "must be a well-formed email address", "harus alamat e-mail yang benar",
                "must be a Kemendagri code like 61 or 61.04", "harus kode wilayah Kemendagri, misalnya 61",
                "unknown region 99.99", "wilayah 99.99 tidak dikenal",
                "must be less than or equal to 2100", "paling besar 2100",
                "is before the latest recorded step (2022-05-20); history is appended in order, never rewritten",
                "lebih awal daripada langkah terakhir yang tercatat (2022-05-20); riwayat hanya ditambah berurutan",
                "give the reason the replication stopped", "tuliskan alasan replikasi dihentikan");
        expected.forEach((english, indonesian) -> assertEquals(indonesian, ValidationText.of(english, "id"), english));
        assertEquals(ValidationText.UNKNOWN_ID, ValidationText.of("something new went wrong", "id"));
        assertEquals("must not be blank", ValidationText.of("must not be blank", "en"));
        expected.keySet().forEach(english -> assertFalse(ValidationText.of(english, "id").matches(".*\\b(must|unknown|give)\\b.*")));
    }

    @Test
    void theImportsAndTheWorkflowsMessagesAreIndonesianToo() {
        Map<String, String> expected = Map.of(
                "the same source and adopter already appear on line 3", "sumber dan peniru yang sama sudah ada di baris 3",
                "'gertak-trenggalek' already appears on line 2", "'gertak-trenggalek' sudah ada di baris 2",
                "'selesai' is not a replication status ([minat, studi_tiru], or studi-tiru / direncanakan)",
                "'selesai' bukan status replikasi",
                "is 'diterapkan' but the history ends at 'uji_coba'", "tertulis 'diterapkan', padahal riwayatnya berakhir di 'uji_coba'",
                "malformed JSON at line 1, column 4: Unexpected end-of-input in field name", "bukan JSON yang benar",
                "unknown field 'nama'", "isian 'nama' tidak dikenal",
                "The file has no lines; send one JSON object per line (application/x-ndjson)",
                "Berkas ini tidak berisi baris; tulis satu objek JSON per baris (NDJSON).",
                "choose a status", "pilih status",
                "An entry in 'draft' cannot move to 'archived'; allowed: [in_review]",
                "Entri berstatus 'draft' tidak dapat dipindah ke 'archived'.",
                "Only a reviewer or an admin may move an entry from 'in_review' to 'published'",
                "Hanya peninjau atau admin yang dapat memindah entri dari 'in_review' ke 'published'.");
        expected.forEach((english, indonesian) -> assertEquals(indonesian, ValidationText.of(english, "id"), english));
        assertEquals("choose a status", ValidationText.of("choose a status", "en"));
    }
}
