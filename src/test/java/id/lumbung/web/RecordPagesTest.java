package id.lumbung.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FullRecord;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The innovation page as a Bappeda officer reads it, over plain HTTP: every public field, numbers and dates as
 * Indonesian readers write them, one language at a time, the quiet confirmation date, the PDF brief and the
 * comparison.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RecordPagesTest {

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
    }

    private static String page(String path, String lang) {
        return RestAssured.given().queryParam("lang", lang).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theWholeRecordReadsAsIndonesianReadersWriteIt() {
        String slug = FullRecord.slug();
        String html = page("/inovasi/" + slug, "id");
        for (String expected : new String[] {"Dinas Ketahanan Pangan Kabupaten Trenggalek", "Non-digital", "Pelayanan publik",
                "Ketahanan pangan", "TPB 1 Tanpa kemiskinan", "TPB 2 Tanpa kelaparan", "Tidak ada rumah tangga miskin ekstrem",
                "Harga beras desa stabil", "Peraturan Bupati Trenggalek Nomor 12", "Rp150 juta per desa", "Gudang kering",
                "Menyalurkan saat paceklik", "Panduan lumbung pangan", "Top 45 KIPP 2021", "Berita kabupaten", "terverifikasi",
                "18.989 jiwa", "3,57 %", "1.200 jiwa", "20.000 jiwa", "terakhir dikonfirmasi 13 Juni 2023", "Masih berjalan",
                "Kabupaten Ketapang", "13 Juni 2023", "1 Februari 2024", "Uji coba di tiga desa", "Dipertahankan",
                "Pembelian gabah saat panen", "Diubah", "Lumbung dikelola koperasi", "Ditinggalkan", "Aplikasi pendataan",
                "Sinyal seluler lemah", "Hasil di daerah peniru", "1.250 jiwa", "Perbup</span> Nomor 7 Tahun 2024",
                "Kabupaten Sambas", "tahun 2024", "Dicetak dari"}) {
            assertTrue(html.contains(expected), "the page shows " + expected);
        }
        assertEquals(2, count(html, "<p class=\"written\">Cadangan pangan desa|<p class=\"written\">Dikelola badan usaha"),
                "a blank line starts a new paragraph");
        assertFalse(html.contains("18989.0") || html.contains("3.57"), "no database numbers");
        assertFalse(html.contains(FullRecord.SECRET_EMAIL), "personal contacts never reach the public");
        assertFalse(html.contains("Perlu dikonfirmasi ulang"), "no stale badge for the public");
    }

    @Test
    void theEnglishViewHasEnglishWordsOnlyAndTheIndonesianViewNone() {
        String slug = FullRecord.slug();
        String english = page("/inovasi/" + slug, "en");
        for (String expected : new String[] {"Initiating agency", "Kept", "Changed", "Dropped", "Why", "Pilot", "Study visit",
                "Interest", "Still running", "last confirmed 13 June 2023", "18,989 jiwa", "3.57 %", "SDG 1 No poverty",
                "Extreme poverty", "Results in the adopting region", "Stage", "Implementation", "Public service"}) {
            assertTrue(english.contains(expected), "the English page shows " + expected);
        }
        for (String indonesian : new String[] {"Dipertahankan", "Ditinggalkan", "Masih berjalan", "Uji coba</span>",
                "Perangkat daerah", "Kemiskinan ekstrem</a>", "tanggal tidak diketahui", "Juni"}) {
            assertFalse(english.contains(indonesian), "no Indonesian label on the English page: " + indonesian);
        }
        String indonesian = page("/inovasi/" + slug, "id");
        for (String word : new String[] {"Kept", "Study visit", "Still running", "Download", "Compare", "Stage", "June"}) {
            assertFalse(indonesian.contains(word), "no English label on the Indonesian page: " + word);
        }
        String badFilter = RestAssured.given().queryParam("lang", "id").queryParam("q", "air").queryParam("year", "kemarin")
                .get("/cari").then().statusCode(400).extract().asString();
        assertTrue(badFilter.contains("tidak dapat dibaca") && !badFilter.contains("must"), "an Indonesian message");
    }

    @Test
    void theEnglishViewMarksTheIndonesianTextsItShows() {
        String slug = FullRecord.slug();
        String english = page("/inovasi/" + slug, "en");
        for (String marked : new String[] {"<dd lang=\"id\">Dinas Ketahanan Pangan Kabupaten Trenggalek</dd>",
                "<dd lang=\"id\">Ketahanan pangan</dd>", "<caption lang=\"id\">Penerima cadangan pangan (jiwa)</caption>",
                "<ul class=\"kit-extra\" lang=\"id\"><li>Peraturan desa tentang lumbung</li>",
                "<ol lang=\"id\"><li>Musyawarah desa</li>", "<ul class=\"kit-extra\" lang=\"id\"><li><a href=\"https://contoh.go.id/panduan.pdf\" rel=\"noopener\">Panduan lumbung pangan</a>",
                "<p class=\"written\" lang=\"id\">Peraturan Bupati Trenggalek Nomor 12 Tahun 2020",
                "<p class=\"written\" lang=\"id\">Rp150 juta per desa", "<ul lang=\"id\"><li>Top 45 KIPP 2021</li>",
                "rel=\"noopener\" lang=\"id\">Berita kabupaten</a>",
                "<p class=\"written\" lang=\"id\">Ketapang meniru lumbung pangan setelah lokakarya Pontianak.</p>",
                " — <span lang=\"id\">Uji coba di tiga desa</span>", "<ul lang=\"id\"><li>Pembelian gabah saat panen</li>",
                "<ul lang=\"id\"><li>Lumbung dikelola koperasi</li>", "<ul lang=\"id\"><li>Aplikasi pendataan</li>",
                "<p class=\"written\" lang=\"id\">Sinyal seluler lemah di desa pedalaman.</p>", "<span lang=\"id\">Perbup</span>",
                "<span lang=\"id\">Lumbung pangan desa</span>", "<p class=\"node root\" lang=\"id\">Lumbung Pangan Desa Tangguh</p>"}) {
            assertTrue(english.contains(marked), "marked as Indonesian: " + marked);
        }

        String compared = RestAssured.given().queryParam("lang", "en").queryParam("slug", slug, "laboratorium-kemiskinan-pekalongan")
                .get("/bandingkan").then().statusCode(200).extract().asString();
        for (String marked : new String[] {"<a href=\"/inovasi/" + slug + "\" lang=\"id\">Lumbung Pangan Desa Tangguh</a>",
                "<a href=\"/inovasi/laboratorium-kemiskinan-pekalongan\" lang=\"en\">Poverty Laboratory</a>",
                "<p class=\"written\" lang=\"id\">Rp150 juta per desa", "<ol lang=\"id\"><li>Musyawarah desa</li>",
                "<div lang=\"id\"><p class=\"written\">Penerima bantuan pangan mencapai 18.989 jiwa pada 2023.</p>"}) {
            assertTrue(compared.contains(marked), "compared, marked: " + marked);
        }
    }

    @Test
    void theBriefIsOneA4PageOfTheSameContent() throws IOException {
        String slug = FullRecord.slug();
        byte[] pdf = RestAssured.given().queryParam("lang", "id").get("/inovasi/" + slug + "/ringkasan.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages(), "one page");
            assertEquals(595, Math.round(reader.getPageSize(1).getWidth()), "A4 wide");
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
            String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));
            for (String expected : new String[] {"Lumbung Pangan Desa Tangguh", "Kabupaten Trenggalek", "terakhir dikonfirmasi 13 Juni 2023",
                    "Dinas Ketahanan Pangan", "18.989 jiwa", "Musyawarah desa", "Peraturan Bupati Trenggalek", "Rp150 juta",
                    "Kabupaten Ketapang — Uji coba", "Kabupaten Sambas — Minat (2024)", "/inovasi/" + slug, today}) {
                assertTrue(text.contains(expected), "the brief has " + expected + ": " + text);
            }
            assertFalse(text.contains(FullRecord.SECRET_EMAIL));
        } finally {
            reader.close();
        }
        RestAssured.get("/inovasi/tidak-ada/ringkasan.pdf").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void upToThreeInnovationsCompareSideBySide() {
        String slug = FullRecord.slug();
        String html = RestAssured.given().queryParam("slug", slug, "uptpk-sragen").get("/bandingkan").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("Lumbung Pangan Desa Tangguh") && html.contains("Unit Pelayanan Terpadu Penanggulangan Kemiskinan"));
        assertTrue(html.contains("Rp150 juta") && html.contains("Musyawarah desa") && html.contains("Kabupaten Ketapang"));
        RestAssured.given().queryParam("slug", slug, "uptpk-sragen", "gertak-trenggalek", "jatim-puspa").get("/bandingkan")
                .then().statusCode(400).body(containsString("Paling banyak tiga inovasi"));
        RestAssured.given().queryParam("slug", "tidak-ada-inovasi").get("/bandingkan").then().statusCode(404)
                .body(containsString("tidak ditemukan"));
        RestAssured.given().queryParam("slug", slug).queryParam("q", "gertak").get("/bandingkan").then().statusCode(200)
                .body(containsString("/bandingkan?slug=" + slug + "&amp;slug=gertak-trenggalek"));
    }

    @Test
    void regionsEventsAndReplicationsHaveTheirPages() {
        FullRecord.slug();
        RestAssured.given().queryParam("q", "kalbar").get("/daerah").then().statusCode(200)
                .body(containsString("href=\"/daerah/61\""));
        String province = page("/daerah/61", "id");
        assertTrue(province.contains("href=\"/daerah/61.04\"") && province.contains("Kabupaten Ketapang"), "kab/kota listed");
        RestAssured.get("/acara").then().statusCode(200).body(containsString("/acara/p2p-learning-kemiskinan-ekstrem-kalbar-2023"));
        RestAssured.get("/acara/p2p-learning-kemiskinan-ekstrem-kalbar-2023").then().statusCode(200)
                .body(containsString("href=\"/inovasi/uptpk-sragen\"")).body(containsString("href=\"/daerah/61\""))
                .body(containsString("13 Juni 2023"));
        RestAssured.get("/acara/tidak-ada").then().statusCode(404);
        Api.admin().body(Map.of("slug", "kunjungan-tanpa-tuan-rumah", "name", "Kunjungan belajar daring",
                "date", "2024-03-01", "participant_region_codes", List.of("61.04"))).post("/api/v1/learning-events").then()
                .statusCode(oneOf(200, 201));
        RestAssured.get("/daerah/61.04").then().statusCode(200).body(containsString("/acara/kunjungan-tanpa-tuan-rumah"));
        String filtered = page("/replikasi?province=61", "id");
        int table = filtered.indexOf("replications-list");
        String list = filtered.substring(table, filtered.indexOf("</table>", table));
        assertTrue(list.contains("href=\"/daerah/61.04\"") && !list.contains("href=\"/daerah/33.16\""), "only Kalbar's adopters: " + list);
        RestAssured.given().queryParam("status", "selesai").get("/replikasi").then().statusCode(400)
                .body(containsString("tidak dikenal"));
        Api.anonymous().get("/api/v1/regions/61.01/recommendations").then().statusCode(200)
                .body("basis", org.hamcrest.Matchers.equalTo("nasional"))
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void everyRegionOfKalimantanBaratGetsRecommendationsAndSaysOnWhoseFigures() {
        List<String> regions = Api.anonymous().queryParam("parent", "61").get("/api/v1/regions").then().statusCode(200)
                .extract().path("items.code");
        assertEquals(14, regions.size());
        for (String code : regions) {
            JsonPath answer = Api.anonymous().get("/api/v1/regions/" + code + "/recommendations").then()
                    .statusCode(200).extract().jsonPath();
            assertFalse(answer.getList("items").isEmpty(), code + " gets recommendations");
            assertEquals(code.equals("61.04") ? "daerah" : "nasional", answer.getString("basis"), code);
        }
        RestAssured.given().queryParam("lang", "en").get("/daerah/61.01").then().statusCode(200)
                .body(containsString("the recommendations follow the national priorities"))
                .body(containsString("Answers a national priority"));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
