package id.lumbung.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Browser;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A curator in a real headless Chromium with JavaScript off in spirit (nothing on these forms needs it): creates an
 * entry with every field of the record, rows added with the form's own button, the region typed by name, the slug
 * left to the name and dates typed as people type them; meets Indonesian messages with the input kept; edits it
 * back; the English view words its messages in English; axe-core on each state.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CuratorFormsBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void signIn() {
        if (browser == null) {
            browser = new Browser(1280, 900);
        }
        browser.driver.manage().deleteAllCookies();
        browser.signIn(base.toString(), "kurator");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Types into row {@code row} (1-based) of a repeatable column. */
    private void typeRow(String name, int row, String text) {
        WebElement field = rows(name).get(row - 1);
        field.clear();
        field.sendKeys(text);
    }

    private List<WebElement> rows(String name) {
        return browser.driver.findElements(By.cssSelector("form.stacked [name='" + name + "']"));
    }

    private List<String> rowValues(String name) {
        return rows(name).stream().map(e -> e.getDomProperty("value")).toList();
    }

    private void check(String id) {
        WebElement box = byId(id);
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void save() {
        browser.driver.findElement(By.cssSelector("form.stacked > button[type=submit]:last-of-type")).click();
    }

    private void pressAdd(String group) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(By.cssSelector("button[name=add][value=" + group + "]")).click();
        browser.awaitNewPage(page);
    }

    private List<String> axe(String state) {
        return browser.seriousAccessibilityViolations().stream().map(v -> state + " — " + v).toList();
    }

    @Test
    void aCuratorCreatesAnEntryWithEveryFieldWithoutTypingACode() {
        List<String> problems = new ArrayList<>();
        String name = "Kantong Beras Dusun Uji " + System.nanoTime() % 1_000_000;
        String slug = name.toLowerCase().replace(' ', '-');
        open("/kurator/inovasi/baru");
        problems.addAll(axe("new form"));
        assertEquals(2, rows("kit_step").size(), "two blank step rows");

        type("f-name", name);
        type("f-acronym", "KBDU");
        typeRow("alias", 1, "Kantong Beras Uji");
        type("f-region", "Ketapang");
        new Select(byId("f-level")).selectByValue("kabupaten");
        type("f-agency", "Dinas Ketahanan Pangan Kabupaten Ketapang");
        type("f-year_started", "2019");
        new Select(byId("f-tahapan")).selectByValue("penerapan");
        new Select(byId("f-jenis")).selectByValue("non_digital");
        new Select(byId("f-bentuk")).selectByValue("pelayanan_publik");
        type("f-urusan", "Pangan");
        check("t-kemiskinan-ekstrem");
        check("sdg-1");
        check("sdg-2");
        type("f-summary", "Cadangan pangan desa untuk rumah tangga miskin ekstrem.\n\nDikelola BUMDes.");
        type("f-problem", "Rawan pangan musiman.");
        type("f-approach", "Pembelian gabah saat panen.");
        type("f-goals", "Menjaga pangan rumah tangga miskin.");
        type("f-benefits", "Harga gabah stabil.");
        type("f-outcomes", "Rumah tangga rawan pangan berkurang.");
        typeRow("ind_name", 1, "Penduduk miskin ekstrem");
        typeRow("ind_unit", 1, "jiwa");
        typeRow("ind_baseline", 1, "18.989");
        typeRow("ind_target", 1, "10.000");
        typeRow("ind_values", 1, "2022: 18.989; 2023: 15.250,5");
        type("f-legal_basis", "Perbup Ketapang Nomor 12 Tahun 2020");
        type("f-cost_estimate", "Rp 250 juta per desa per tahun");
        typeRow("kit_prerequisite", 1, "BUMDes aktif");
        typeRow("kit_step", 1, "Musyawarah desa");
        typeRow("kit_step", 2, "Pembentukan pengelola");
        // A third step needs a row the form does not show yet: its own button brings the form back with more.
        pressAdd("step");
        assertEquals(List.of("Musyawarah desa", "Pembentukan pengelola", "", "", "", "", ""), rowValues("kit_step"));
        assertEquals(name, byId("f-name").getDomProperty("value"), "what was typed survives adding rows");
        assertEquals("Ketapang", byId("f-region").getDomProperty("value"));
        assertEquals("2022: 18.989; 2023: 15.250,5", rowValues("ind_values").get(0));
        assertTrue(byId("sdg-2").isSelected());
        problems.addAll(axe("form with added rows"));
        typeRow("kit_step", 3, "Pembelian gabah saat panen");
        typeRow("doc_title", 1, "Perbup Nomor 12 Tahun 2020");
        typeRow("doc_url", 1, "https://ketapangkab.go.id/perbup-12-2020.pdf");
        type("f-pc_unit", "Bidang Ketersediaan Pangan");
        type("f-pc_email", "pangan@ketapangkab.go.id");
        type("f-pc_phone", "0534 31234");
        type("f-pc_website", "https://pangan.ketapangkab.go.id");
        typeRow("contact_name", 1, "Siti Aminah");
        typeRow("contact_role", 1, "Kepala Bidang");
        typeRow("contact_email", 1, "bukan-email");
        typeRow("contact_phone", 1, "0812 3456 7890");
        typeRow("award_name", 1, "Top 45 KIPP");
        typeRow("award_year", 1, "duaribu");
        typeRow("award_rank", 1, "Top 45");
        typeRow("source_url", 1, "https://ketapangkab.go.id/berita/lumbung-pangan");
        typeRow("source_title", 1, "Berita Pemkab Ketapang");
        new Select(rows("source_verified").get(0)).selectByValue("ya");
        new Select(byId("f-running_status")).selectByValue("berjalan");
        type("f-last_confirmed_on", "15 Agustus 2025");
        save();

        // Two slips: the messages are Indonesian, next to their rows, and every value is still as typed.
        WebElement contactError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-contact")));
        assertEquals("baris 1: harus alamat e-mail yang benar", contactError.getText());
        assertEquals("baris 1: tahun seperti 2023", byId("e-award").getText());
        // The rows added earlier stay: three filled, then the two blank ones and the three added.
        assertEquals(List.of("Musyawarah desa", "Pembentukan pengelola", "Pembelian gabah saat panen", "", "", "", "", ""),
                rowValues("kit_step"));
        assertEquals("15 Agustus 2025", byId("f-last_confirmed_on").getDomProperty("value"));
        assertEquals("bukan-email", rowValues("contact_email").get(0));
        assertEquals("ya", rowValues("source_verified").get(0));
        problems.addAll(axe("form with errors"));
        browser.fullScreenshot("kurator-formulir-lengkap");

        typeRow("contact_email", 1, "siti.aminah@ketapangkab.go.id");
        typeRow("award_year", 1, "2019");
        save();
        browser.waiting().until(ExpectedConditions.urlContains("/kurator/inovasi/" + slug));

        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200)
                .body("name", equalTo(name)).body("acronym", equalTo("KBDU")).body("aliases", equalTo(List.of("Kantong Beras Uji")))
                .body("region.code", equalTo("61.04")).body("level", equalTo("kabupaten"))
                .body("agency", equalTo("Dinas Ketahanan Pangan Kabupaten Ketapang")).body("year_started", equalTo(2019))
                .body("tahapan", equalTo("penerapan")).body("jenis", equalTo("non_digital")).body("bentuk", equalTo("pelayanan_publik"))
                .body("urusan", equalTo("Pangan")).body("themes", equalTo(List.of("kemiskinan-ekstrem")))
                .body("sdg_goals", equalTo(List.of(1, 2)))
                .body("summary", equalTo("Cadangan pangan desa untuk rumah tangga miskin ekstrem.\n\nDikelola BUMDes."))
                .body("problem", equalTo("Rawan pangan musiman.")).body("approach", equalTo("Pembelian gabah saat panen."))
                .body("goals", equalTo("Menjaga pangan rumah tangga miskin.")).body("benefits", equalTo("Harga gabah stabil."))
                .body("outcomes", equalTo("Rumah tangga rawan pangan berkurang."))
                .body("outcome_indicators", equalTo(List.of(Map.of("name", "Penduduk miskin ekstrem", "unit", "jiwa",
                        "baseline", 18989.0f, "target", 10000.0f, "values",
                        List.of(Map.of("year", 2022, "value", 18989.0f), Map.of("year", 2023, "value", 15250.5f))))))
                .body("legal_basis", equalTo("Perbup Ketapang Nomor 12 Tahun 2020"))
                .body("cost_estimate", equalTo("Rp 250 juta per desa per tahun"))
                .body("replication_kit.prerequisites", equalTo(List.of("BUMDes aktif")))
                .body("replication_kit.steps", equalTo(List.of("Musyawarah desa", "Pembentukan pengelola", "Pembelian gabah saat panen")))
                .body("replication_kit.documents", equalTo(List.of(Map.of("title", "Perbup Nomor 12 Tahun 2020",
                        "url", "https://ketapangkab.go.id/perbup-12-2020.pdf"))))
                .body("public_contact", equalTo(Map.of("unit", "Bidang Ketersediaan Pangan", "email", "pangan@ketapangkab.go.id",
                        "phone", "0534 31234", "website", "https://pangan.ketapangkab.go.id")))
                .body("contacts", equalTo(List.of(Map.of("name", "Siti Aminah", "role", "Kepala Bidang",
                        "email", "siti.aminah@ketapangkab.go.id", "phone", "0812 3456 7890"))))
                .body("awards", equalTo(List.of(Map.of("name", "Top 45 KIPP", "year", 2019, "rank", "Top 45"))))
                .body("evidence_sources", equalTo(List.of(Map.of("url", "https://ketapangkab.go.id/berita/lumbung-pangan",
                        "title", "Berita Pemkab Ketapang", "verified", true))))
                .body("running_status", equalTo("berjalan")).body("last_confirmed_on", equalTo("2025-08-15"))
                .body("status", equalTo("draft"));

        // The edit form reads the entry back as people read it: the region by name, numbers and dates in Indonesian.
        assertEquals("Kabupaten Ketapang (61.04)", byId("f-region").getDomProperty("value"));
        assertEquals("18.989", rowValues("ind_baseline").get(0));
        assertEquals("2022: 18.989; 2023: 15.250,5", rowValues("ind_values").get(0));
        assertEquals("15 Agustus 2025", byId("f-last_confirmed_on").getDomProperty("value"));
        assertEquals(List.of("Musyawarah desa", "Pembentukan pengelola", "Pembelian gabah saat panen", "", ""), rowValues("kit_step"));
        type("f-last_confirmed_on", "01/09/2025");
        typeRow("kit_step", 2, "");
        save();
        browser.waiting().until(ExpectedConditions.urlContains("tersimpan=1"));
        Api.curator().get("/api/v1/innovations/" + slug).then().body("last_confirmed_on", equalTo("2025-09-01"))
                .body("replication_kit.steps", equalTo(List.of("Musyawarah desa", "Pembelian gabah saat panen")))
                .body("contacts[0].name", equalTo("Siti Aminah"));
        problems.addAll(axe("edit form"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        phoneScreenshot("kurator-formulir-ponsel");
    }

    @Test
    void aCuratorRecordsAReplicationWithItsAdaptationAndOutcomesAndAReviewerPublishesIt() {
        String source = Replications.publishedInnovation("35.03");
        open("/kurator/replikasi/baru?source=" + source);
        List<String> problems = new ArrayList<>(axe("replication form"));
        type("f-adopter", "Kab. Kukar");
        new Select(byId("f-status")).selectByValue("uji_coba");
        type("f-date", "30/02/2024");
        type("f-notes", "Uji coba di dua kecamatan pesisir.");
        typeRow("kept", 1, "Musyawarah desa");
        typeRow("changed", 1, "Pendataan lewat kader posyandu");
        pressAdd("changed");
        assertEquals(List.of("Pendataan lewat kader posyandu", "", "", "", "", ""), rowValues("changed"));
        typeRow("changed", 2, "Cadangan beras, bukan gabah");
        typeRow("dropped", 1, "Aplikasi seluler");
        type("f-rationale", "Sinyal seluler lemah di pesisir.");
        typeRow("ind_name", 1, "Rumah tangga miskin ekstrem");
        typeRow("ind_unit", 1, "rumah tangga");
        typeRow("ind_baseline", 1, "1.250");
        typeRow("ind_values", 1, "2024: 1.100");
        type("f-legal_kind", "Perbup");
        type("f-legal_number", "12");
        type("f-legal_year", "2023");
        type("f-legal_title", "Percepatan penanggulangan kemiskinan");
        save();
        WebElement dateError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-date")));
        assertEquals("tanggal 30/02/2024 tidak ada", dateError.getText());
        assertEquals("Kab. Kukar", byId("f-adopter").getDomProperty("value"));
        assertEquals("Cadangan beras, bukan gabah", rowValues("changed").get(1));
        problems.addAll(axe("replication form with an error"));
        browser.fullScreenshot("kurator-replikasi-lengkap");
        type("f-date", "1 Februari 2024");
        save();
        browser.waiting().until(ExpectedConditions.urlContains("/inovasi/" + source + "#replikasi-"));
        int id = Integer.parseInt(browser.driver.getCurrentUrl().replaceAll(".*#replikasi-", ""));

        Api.curator().get("/api/v1/replications/" + id).then().statusCode(200)
                .body("adopter.region_code", equalTo("64.02")).body("status", equalTo("uji_coba"))
                .body("publication", equalTo("in_review")).body("notes", equalTo("Uji coba di dua kecamatan pesisir."))
                .body("adaptation", equalTo(Map.of("kept", List.of("Musyawarah desa"),
                        "changed", List.of("Pendataan lewat kader posyandu", "Cadangan beras, bukan gabah"),
                        "dropped", List.of("Aplikasi seluler"), "rationale", "Sinyal seluler lemah di pesisir.")))
                .body("outcomes", equalTo(List.of(Map.of("name", "Rumah tangga miskin ekstrem", "unit", "rumah tangga",
                        "baseline", 1250.0f, "values", List.of(Map.of("year", 2024, "value", 1100.0f))))))
                .body("legal_basis.kind", equalTo("Perbup")).body("legal_basis.year", equalTo(2023))
                .body("history.date", equalTo(List.of("2024-02-01")));
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(404);

        // A reviewer finds it on the curator page, publishes it and records the next step, dated as typed.
        browser.driver.manage().deleteAllCookies();
        browser.signIn(base.toString(), "peninjau");
        browser.driver.findElement(By.cssSelector("#replikasi-tinjauan a[href='/kurator/replikasi/" + id + "']")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/kurator/replikasi/" + id));
        problems.addAll(axe("replication review page"));
        browser.driver.findElement(By.xpath("//form[@action='/kurator/replikasi/" + id + "/tinjauan'][input[@name='publication' and @value='published']]//button")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".workflow h2"), "Terbit"));
        new Select(byId("f-status")).selectByValue("diterapkan");
        type("f-date", "15/08/2024");
        type("f-note", "Perbup ditetapkan");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/inovasi/" + source));
        Api.anonymous().get("/api/v1/replications/" + id).then().statusCode(200).body("publication", equalTo("published"))
                .body("history.date", equalTo(List.of("2024-02-01", "2024-08-15")));
        browser.driver.manage().deleteAllCookies();
        open("/inovasi/" + source);
        String timeline = browser.driver.findElement(By.cssSelector("#replikasi-" + id)).getText();
        for (String expected : List.of("Kabupaten Kutai Kartanegara", "1 Februari 2024", "15 Agustus 2024", "Musyawarah desa",
                "Cadangan beras, bukan gabah", "Aplikasi seluler", "Sinyal seluler lemah di pesisir.", "1.250", "1.100")) {
            assertTrue(timeline.contains(expected), expected + " in " + timeline);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** At 390 px the form fits the screen (no sideways scrolling); a screenshot of its top for docs/pages.md. */
    private void phoneScreenshot(String name) {
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            long width = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, browser.driver.getCurrentUrl() + " is " + width + " px wide");
            browser.screenshot(name);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    @Test
    void theEnglishViewWordsItsMessagesInEnglishAndAnAmbiguousRegionAsksToChoose() {
        open("/kurator/inovasi/baru?lang=en");
        type("f-name", "Village Food Barn Test " + System.nanoTime() % 1_000_000);
        type("f-region", "Bandung");
        type("f-summary", "A test entry.");
        typeRow("ind_name", 1, "Households");
        typeRow("ind_baseline", 1, "1.250,5");
        type("f-last_confirmed_on", "31/02/2025");
        save();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-last_confirmed_on")));
        assertEquals("there is no such day: 31/02/2025", byId("e-last_confirmed_on").getText());
        assertEquals("row 1: a number like 18,989 or 3.57", byId("e-indicator").getText());
        List<String> problems = new ArrayList<>(axe("English form with errors"));

        typeRow("ind_baseline", 1, "1,250.5");
        type("f-last_confirmed_on", "2025-08-15");
        save();
        WebElement regionError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-region")));
        assertTrue(regionError.getText().startsWith("'Bandung' fits several regions: 32.04 Kabupaten Bandung, 32.73 Kota Bandung"),
                regionError.getText());
        open("/kurator/inovasi/baru?lang=id");
        type("f-name", "Lumbung Uji Bandung");
        type("f-region", "Bandung");
        type("f-summary", "Entri uji.");
        save();
        regionError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-region")));
        assertTrue(regionError.getText().startsWith("'Bandung' cocok dengan beberapa daerah (32.04 Kabupaten Bandung, 32.73 Kota Bandung"),
                regionError.getText());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
