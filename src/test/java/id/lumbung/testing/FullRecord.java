package id.lumbung.testing;

import static id.lumbung.testing.Innovations.anInnovation;

import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;

/**
 * A published innovation with every public field filled (long texts in paragraphs, indicators, kit, awards,
 * sources) and a private contact, replicated by Kab. Ketapang with dated steps, an adaptation and the adopter's
 * outcomes, and by Kab. Sambas with a year only. Made once per application.
 */
public final class FullRecord {

    public static final String KETAPANG = "61.04";
    public static final String SAMBAS = "61.01";
    public static final String SECRET_EMAIL = "pribadi.kontak@contoh.id";
    private static String slug;
    private static int madeForPort = -1;

    private FullRecord() {
    }

    public static synchronized String slug() {
        if (madeForPort == RestAssured.port) {
            return slug;
        }
        Innovations innovation = anInnovation().inRegion("35.03").withStatus("published").withAcronym("Lumbung Desa")
                .with("name", "Lumbung Pangan Desa Tangguh")
                .with("themes", List.of("kemiskinan-ekstrem", "pertanian"))
                .with("level", "kabupaten").with("year_started", 2019).with("tahapan", "penerapan")
                .with("jenis", "non_digital").with("bentuk", "pelayanan_publik").with("urusan", "Ketahanan pangan")
                .with("agency", "Dinas Ketahanan Pangan Kabupaten Trenggalek")
                .with("sdg_goals", List.of(1, 2))
                .with("summary", "Cadangan pangan desa untuk rumah tangga miskin ekstrem.\n\n"
                        + "Dikelola badan usaha milik desa bersama kader pangan.")
                .with("problem", "Rumah tangga miskin ekstrem kehabisan beras pada musim paceklik.\n\nHarga beras naik tiap "
                        + "Desember. " + "Warga meminjam kepada rentenir. ".repeat(40))
                .with("approach", "Desa membeli gabah saat panen dan menyimpannya di lumbung.\n\n"
                        + "Kader pangan mendata rumah tangga dan menyalurkan beras saat paceklik. ".repeat(30))
                .with("goals", "Tidak ada rumah tangga miskin ekstrem yang kekurangan pangan.")
                .with("benefits", "Harga beras desa stabil; utang kepada rentenir berkurang.")
                .with("outcomes", "Penerima bantuan pangan mencapai 18.989 jiwa pada 2023.")
                .with("outcome_indicators", List.of(Map.of("name", "Penerima cadangan pangan", "unit", "jiwa",
                        "baseline", 1200.0, "target", 20000.0,
                        "values", List.of(Map.of("year", 2022, "value", 9500.0), Map.of("year", 2023, "value", 18989.0))),
                        Map.of("name", "Persentase penduduk miskin ekstrem", "unit", "%",
                                "values", List.of(Map.of("year", 2022, "value", 4.12), Map.of("year", 2023, "value", 3.57)))))
                .with("legal_basis", "Peraturan Bupati Trenggalek Nomor 12 Tahun 2020 tentang Lumbung Pangan Desa.")
                .with("cost_estimate", "Rp150 juta per desa per tahun dari dana desa.")
                .with("replication_kit", Map.of("prerequisites", List.of("Peraturan desa tentang lumbung", "Gudang kering"),
                        "steps", List.of("Musyawarah desa", "Membeli gabah saat panen", "Menyalurkan saat paceklik"),
                        "documents", List.of(Map.of("title", "Panduan lumbung pangan", "url", "https://contoh.go.id/panduan.pdf"))))
                .with("awards", List.of("Top 45 KIPP 2021"))
                .with("contacts", List.of(Map.of("name", "Bu Sari", "email", SECRET_EMAIL, "phone", "0812000000")))
                .with("evidence_sources", List.of(Map.of("url", "https://contoh.go.id/berita", "title", "Berita kabupaten",
                        "verified", true)))
                .with("running_status", "berjalan").with("last_confirmed_on", "2023-06-13");
        Api.admin().queryParam("wait_for", "indexed").body(innovation.json()).post("/api/v1/innovations").then().statusCode(201);
        int ketapang = Replications.createId(innovation.slug(), KETAPANG, "studi_tiru", "2023-06-13");
        Replications.transition(ketapang, "uji_coba", "2024-02-01", "Uji coba di tiga desa").statusCode(200);
        Api.reviewer().body(Map.of(
                "notes", "Ketapang meniru lumbung pangan setelah lokakarya Pontianak.",
                "adaptation", Map.of("kept", List.of("Pembelian gabah saat panen"), "changed", List.of("Lumbung dikelola koperasi"),
                        "dropped", List.of("Aplikasi pendataan"), "rationale", "Sinyal seluler lemah di desa pedalaman."),
                "outcomes", List.of(Map.of("name", "Penerima cadangan pangan", "unit", "jiwa", "baseline", 300.0,
                        "values", List.of(Map.of("year", 2024, "value", 1250.0)))),
                "legal_basis", Map.of("kind", "Perbup", "number", "7", "year", 2024, "title", "Lumbung pangan desa")))
                .put("/api/v1/replications/" + ketapang).then().statusCode(200);
        Api.reviewer().body(Map.of("source_slug", innovation.slug(), "adopter_region_code", SAMBAS, "status", "minat",
                "year", 2024)).post("/api/v1/replications").then().statusCode(201);
        slug = innovation.slug();
        madeForPort = RestAssured.port;
        return slug;
    }
}
