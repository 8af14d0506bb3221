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
}
