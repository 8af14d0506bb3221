package id.lumbung.web;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Browser;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Staff at work in a real headless Chromium: a reviewer confirms from the dashboard that a stale entry is still running
 * (and it leaves the stale list); a curator imports replications through the page, sees the possible duplicate in the
 * dry run (and in a refused import), is refused "import anyway" with another file, and imports the checked file
 * anyway; the same for innovations (a dry run listing the entry a line resembles, then "Impor tetap"); the file inputs
 * in the page's words; axe-core on each state, Indonesian and English.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CuratorWorkBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void freshBrowser() {
        browser = Browser.reused(browser);
    }

    @AfterAll
    static void close() {
        browser = Browser.closed(browser);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void submit(String formId) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
        browser.awaitNewPage(page);
    }

    private List<String> axe(String state) {
        return browser.seriousAccessibilityViolations().stream().map(v -> state + " — " + v).toList();
    }

    /** Pages through the dashboard's stale list from its first page; whether the entry is on it. */
    private boolean onTheStaleList(String slug) {
        browser.open(base, "/kurator");
        for (int page = 0; page < 60; page++) {
            if (!browser.driver.findElements(By.id("usang-" + slug)).isEmpty()) {
                return true;
            }
            List<WebElement> next = browser.driver.findElements(By.cssSelector("#usang ~ p a[rel=next]"));
            if (next.isEmpty()) {
                return false;
            }
            browser.driver.get(next.getFirst().getDomProperty("href"));
        }
        throw new AssertionError("the stale list has more than 60 pages");
    }

    @Test
    void aReviewerConfirmsFromTheDashboardThatAStaleEntryIsStillRunning() {
        String slug = Replications.publishedInnovation("35.72");
        String other = Replications.publishedInnovation("35.72");
        Api.anonymous().get("/api/v1/innovations/" + slug).then().statusCode(200).body("stale", equalTo(true));
        List<String> problems = new ArrayList<>();

        // A curator sees the entry on the stale list, and that a reviewer confirms published entries: no button.
        browser.signIn(base, "kurator");
        assertTrue(onTheStaleList(slug), "a never-confirmed published entry is on the stale list");
        WebElement item = byId("usang-" + slug);
        assertEquals("Inovasi Uji " + slug + " belum dikonfirmasi", item.getText().replaceAll("\\s+", " ").strip());
        assertTrue(item.findElements(By.tagName("button")).isEmpty());
        assertEquals("Entri yang sudah terbit dikonfirmasi oleh peninjau atau admin.",
                browser.driver.findElement(By.cssSelector("#usang + p.muted")).getText());
        problems.addAll(axe("dashboard, curator"));

        browser.driver.manage().deleteAllCookies();
        browser.signIn(base, "peninjau");
        assertTrue(onTheStaleList(slug));
        WebElement button = byId("usang-" + slug).findElement(By.tagName("button"));
        assertEquals("Konfirmasi masih berjalan", button.getText());
        problems.addAll(axe("dashboard, reviewer"));
        WebElement page = browser.driver.findElement(By.tagName("html"));
        button.click();
        browser.awaitNewPage(page);

        assertTrue(browser.driver.getCurrentUrl().contains("/kurator?dikonfirmasi=" + slug), browser.driver.getCurrentUrl());
        assertEquals("Inovasi Uji " + slug + ": dikonfirmasi masih berjalan hari ini.", byId("dikonfirmasi").getText());
        problems.addAll(axe("dashboard after a confirmation"));
        browser.screenshot("kurator-konfirmasi");
        onAPhone("kurator-konfirmasi-ponsel");
        Api.anonymous().get("/api/v1/innovations/" + slug).then().statusCode(200)
                .body("stale", equalTo(false))
                .body("running_status", equalTo("berjalan"))
                .body("last_confirmed_on", equalTo(LocalDate.now().toString()));
        assertFalse(onTheStaleList(slug), "a confirmed entry leaves the stale list");

        browser.open(base, "/kurator?lang=en");
        assertTrue(onTheStaleList(other), "the other entry stays on the list");
        assertEquals("Inovasi Uji " + other + " not confirmed yet Confirm still running",
                byId("usang-" + other).getText().replaceAll("\\s+", " ").strip());
        problems.addAll(axe("dashboard, English"));
        browser.open(base, "/kurator?lang=id");
        assertEquals(List.of(), problems);
    }

    @Test
    void aCuratorImportsReplicationsAndImportsAPossibleDuplicateAnyway() throws IOException {
        String source = Replications.publishedInnovation("35.72");
        Replications.createId(source, "33.17", "minat", null); // Kabupaten Rembang, recorded by its code
        String lines = "{\"source_slug\":\"" + source + "\",\"adopter_name\":\"Kabupaten Rembang\",\"adopter_country\":\"ID\",\"status\":\"minat\"}\n"
                + "{\"source_slug\":\"" + source + "\",\"adopter_region_code\":\"33.18\",\"status\":\"minat\"}\n";
        Path file = Files.createDirectories(Path.of("target", "import-pages")).resolve(source + ".ndjson");
        Files.writeString(file, lines);
        Path other = file.resolveSibling(source + "-other.ndjson");
        Files.writeString(other, lines.replace("33.18", "33.19"));
        List<String> problems = new ArrayList<>();
        browser.signIn(base, "kurator");

        browser.open(base, "/kurator/impor");
        problems.addAll(axe("import form"));
        byId("f-kind-replications").click();
        byId("f-file").sendKeys(file.toAbsolutePath().toString());
        byId("f-dry").click(); // a real import straight away: refused, with the lines that may be duplicates
        submit("impor");
        assertEquals("Beberapa baris mirip data yang sudah tercatat; tidak ada yang diimpor.", byId("kesalahan").getText());
        assertDuplicateRow(source);
        assertEquals(1, recorded(source), "the refused import wrote nothing");
        problems.addAll(axe("import refused for a possible duplicate"));

        // "Import anyway" holds for the file that was checked, not for another one.
        byId("f-file-again").sendKeys(other.toAbsolutePath().toString());
        submit("impor-tetap");
        assertEquals("Berkas ini bukan berkas yang diperiksa tadi; tidak ada yang diimpor. Jalankan uji coba lagi dengan berkas ini.",
                byId("kesalahan").getText());
        assertTrue(byId("f-kind-replications").isSelected(), "the kind chosen is kept");
        assertEquals(1, recorded(source));

        byId("f-file").sendKeys(file.toAbsolutePath().toString());
        submit("impor");
        assertEquals("Uji coba, tidak ada yang disimpan: 2 baris; 2 baru, 0 diperbarui, 0 tidak berubah.", byId("laporan").getText());
        assertDuplicateRow(source);
        assertEquals(1, recorded(source), "a dry run writes nothing");
        problems.addAll(axe("dry-run report"));
        browser.fullScreenshot("kurator-impor-uji");
        onAPhone("kurator-impor-uji-ponsel");

        byId("f-file-again").sendKeys(file.toAbsolutePath().toString());
        submit("impor-tetap");
        assertEquals("Selesai diimpor: 2 baris; 2 baru, 0 diperbarui, 0 tidak berubah.", byId("laporan").getText());
        assertTrue(browser.driver.findElements(By.id("mungkin-ganda")).isEmpty());
        assertEquals(3, recorded(source));
        Api.curator().queryParam("source", source).queryParam("limit", 10).get("/api/v1/replications").then()
                .body("items.adopter.name", containsInAnyOrder("Kabupaten Rembang", "Kabupaten Rembang",
                        "Kabupaten Pati"));
        problems.addAll(axe("import done"));

        browser.open(base, "/kurator/impor?lang=en&kind=replications");
        assertEquals("File Choose a file No file chosen yet", fileLabel("f-file"));
        Path bad = file.resolveSibling(source + "-bad.ndjson");
        Files.writeString(bad, "{\"source_slug\":\"" + source + "\",\"adopter_region_code\":\"33.20\",\"status\":\"selesai\"}\n{\"x\n");
        byId("f-file").sendKeys(bad.toAbsolutePath().toString());
        submit("impor");
        assertEquals("The file has problems; nothing was imported. Correct these lines, then import again.",
                browser.driver.findElement(By.cssSelector("#kesalahan > p")).getText());
        assertEquals(List.of("1 status 'selesai' is not a replication status ([minat, studi_tiru, kesepakatan, uji_coba, "
                + "diterapkan, dilembagakan, dihentikan], or studi-tiru / direncanakan)", "2 — malformed JSON at line 1, column 4: Unexpected end-of-input in field name"),
                cells("#baris-bermasalah tbody tr"));
        problems.addAll(axe("line errors, English"));
        browser.open(base, "/kurator/impor?lang=id");
        assertEquals(List.of(), problems);
    }

    @Test
    void aCuratorImportsInnovationsAndImportsAPossibleDuplicateAnyway() throws IOException {
        // A word no other entry has, so that the only entry the first line resembles is the one recorded here.
        String tag = "Zq" + Long.toString(System.nanoTime() % 100_000_000L, 36).replaceAll("[0-9]", "x");
        String name = "Sekolah Lapang Petani Kopi " + tag;
        String existing = publish(anInnovation().inRegion("52.04").with("name", name));
        String twin = "sekolah-lapang-kopi-" + tag.toLowerCase();
        String other = "bank-sampah-desa-" + tag.toLowerCase();
        String lines = "{\"slug\":\"" + twin + "\",\"name\":\"" + name + "\",\"region_code\":\"52.04\",\"level\":\"kabupaten\","
                + "\"themes\":[\"pemberdayaan-desa\"],\"summary\":\"Petani kopi belajar di kebun contoh setiap pekan.\"}\n"
                + "{\"slug\":\"" + other + "\",\"name\":\"Bank Sampah Desa " + tag + "\",\"region_code\":\"52.05\",\"level\":\"kabupaten\","
                + "\"themes\":[\"lingkungan\"],\"summary\":\"Sampah rumah tangga ditabung dan dijual bersama.\"}\n";
        Path file = Files.createDirectories(Path.of("target", "import-pages")).resolve(twin + ".ndjson");
        Files.writeString(file, lines);
        List<String> problems = new ArrayList<>();
        browser.signIn(base, "kurator");

        browser.open(base, "/kurator/impor");
        // The file input's words are the page's, not the browser's ("Choose File", "No file chosen").
        assertEquals("Berkas Pilih berkas Belum ada berkas dipilih", fileLabel("f-file"));
        byId("f-kind-innovations").click();
        byId("f-file").sendKeys(file.toAbsolutePath().toString());
        assertEquals("Berkas Pilih berkas Berkas sudah dipilih", fileLabel("f-file"));
        submit("impor");
        assertEquals("Uji coba, tidak ada yang disimpan: 2 baris; 2 baru, 0 diperbarui, 0 tidak berubah.", byId("laporan").getText());
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#mungkin-ganda tbody tr"));
        assertEquals(1, rows.size());
        assertEquals(List.of("1", twin, name + " (nama mirip)"),
                rows.getFirst().findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        assertEquals("/kurator/inovasi/" + existing, URI.create(rows.getFirst().findElement(By.cssSelector("td a")).getDomProperty("href"))
                .getPath());
        assertTrue(byId("f-kind-innovations").isSelected(), "the kind chosen is kept");
        Api.curator().get("/api/v1/innovations/" + twin).then().statusCode(404);
        problems.addAll(axe("innovations dry-run report"));

        assertEquals("Berkas yang sama Pilih berkas Belum ada berkas dipilih", fileLabel("f-file-again"));
        browser.fullScreenshot("kurator-impor-inovasi");
        byId("f-file-again").sendKeys(file.toAbsolutePath().toString());
        submit("impor-tetap");
        assertEquals("Selesai diimpor: 2 baris; 2 baru, 0 diperbarui, 0 tidak berubah.", byId("laporan").getText());
        assertTrue(browser.driver.findElements(By.id("mungkin-ganda")).isEmpty());
        Api.curator().get("/api/v1/innovations/" + twin).then().statusCode(200)
                .body("name", equalTo(name)).body("status", equalTo("draft")).body("region_code", equalTo("52.04"));
        Api.curator().get("/api/v1/innovations/" + other).then().statusCode(200)
                .body("name", equalTo("Bank Sampah Desa " + tag)).body("status", equalTo("draft"));
        Api.curator().get("/api/v1/innovations/" + existing).then().statusCode(200).body("name", equalTo(name));
        problems.addAll(axe("innovations imported"));
        assertEquals(List.of(), problems);
    }

    /** The visible words of a file input's label (the input itself is visually hidden). */
    private String fileLabel(String id) {
        return browser.driver.findElement(By.cssSelector("label[for=" + id + "]")).getText().replaceAll("\\s+", " ").strip();
    }

    private static String publish(Innovations innovation) {
        Api.admin().body(innovation.withStatus("published").json()).post("/api/v1/innovations").then().statusCode(201);
        return innovation.slug();
    }

    /** The page as it is, 390 px wide: nothing scrolls sideways; a screenshot of the whole page. */
    private void onAPhone(String screenshot) {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            long width = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, screenshot + ": " + width + " px wide");
            browser.fullScreenshot(screenshot);
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void assertDuplicateRow(String source) {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#mungkin-ganda tbody tr"));
        assertEquals(1, rows.size());
        List<String> cells = rows.getFirst().findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("1", source + " → Kabupaten Rembang",
                "Inovasi Uji " + source + " → Kabupaten Rembang (peniru yang sama, ditulis sebagai nama)"), cells);
    }

    private List<String> cells(String rowSelector) {
        return browser.driver.findElements(By.cssSelector(rowSelector)).stream().map(WebElement::getText).toList();
    }

    /** Replications of the source as staff see them (those in review included). */
    private static int recorded(String source) {
        return Api.curator().queryParam("source", source).get("/api/v1/replications").then().statusCode(200)
                .extract().path("total");
    }
}
