package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Browser;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.FullRecord;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Bappeda officer of Kabupaten Ketapang in a real headless Chromium: finds the region from /daerah, reads a
 * full innovation with its replications' adaptations and outcomes, compares two, downloads and prints the brief;
 * the 390 px phone layout; axe-core on every page these pages added, in both languages.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BappedaBrowserTest {

    private static final String EVENT = "/acara/p2p-learning-kemiskinan-ekstrem-kalbar-2023";

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
        Api.admin().contentType("application/x-ndjson").body(DemoCatalogue.resource("/demo/replications.jsonl"))
                .post("/api/v1/replications/import").then().statusCode(200);
        FullRecord.slug();
        browser = Browser.reused(browser);
    }

    @AfterAll
    static void close() {
        browser = Browser.closed(browser);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void open(String path) {
        browser.driver.get(url(path));
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void anOfficerFindsTheRegionReadsAWholeRecordComparesAndTakesTheBrief() throws IOException {
        open("/daerah");
        browser.fullScreenshot("daerah-semua");
        browser.driver.findElement(By.id("cari-daerah")).sendKeys("Kalbar");
        browser.driver.findElement(By.cssSelector("form[action='/daerah'] button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=Kalbar"));
        browser.driver.findElement(By.cssSelector(".matches a[href='/daerah/61']")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/daerah/61"));
        assertEquals("Provinsi Kalimantan Barat", browser.driver.findElement(By.cssSelector("h1")).getText().split("\n")[0]
                .replace(" Provinsi · 61", ""));
        browser.fullScreenshot("daerah-provinsi");
        browser.driver.findElement(By.cssSelector("a[href='/daerah/61.04']")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/daerah/61.04"));
        List<WebElement> recommended = browser.driver.findElements(By.cssSelector(".recommendations > li"));
        assertTrue(recommended.size() >= 5, "Ketapang gets recommendations: " + recommended.size());
        assertTrue(text(".recommendations").contains("Persentase penduduk miskin ekstrem di daerah ini 3,57 % pada 2022 (P3KE)"),
                text(".recommendations"));
        browser.fullScreenshot("daerah-ketapang");

        browser.driver.findElement(By.linkText("Lumbung Pangan Desa Tangguh")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/inovasi/" + FullRecord.slug()));
        String timeline = text(".timeline");
        for (String expected : List.of("Kabupaten Ketapang", "13 Juni 2023", "1 Februari 2024", "Dipertahankan",
                "Pembelian gabah saat panen", "Diubah", "Ditinggalkan", "Sinyal seluler lemah", "Hasil di daerah peniru",
                "1.250 jiwa", "Kabupaten Sambas", "tahun 2024")) {
            assertTrue(timeline.contains(expected), expected + " in " + timeline);
        }
        assertTrue(browser.driver.findElement(By.cssSelector(".map-tile.source")).isDisplayed(), "the flow map");
        browser.fullScreenshot("inovasi-lengkap");

        String pdfHref = browser.driver.findElement(By.cssSelector("a[href$='/ringkasan.pdf']")).getAttribute("href");
        byte[] brief = RestAssured.get(pdfHref).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(pdfText(brief).contains("Kabupaten Ketapang — Uji coba"), "the downloaded brief");

        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] printed = Base64.getDecoder().decode(((PrintsPage) browser.driver).print(a4).getContent());
        PdfReader reader = new PdfReader(printed);
        assertEquals(1, reader.getNumberOfPages(), "the page prints on one A4 page");
        String printedText = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        // Chromium's PDF spaces letters apart; the words are compared without spaces.
        assertTrue(printedText.replace(" ", "").contains(("Dicetak dari " + url("/inovasi/" + FullRecord.slug())).replace(" ", "")),
                printedText);

        printPreview("inovasi-cetak");

        browser.driver.findElement(By.linkText("Bandingkan")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/bandingkan"));
        browser.driver.findElement(By.id("tambah")).sendKeys("UPTPK Sragen");
        browser.driver.findElement(By.cssSelector("form[action='/bandingkan'] button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        browser.driver.findElement(By.partialLinkText("Unit Pelayanan Terpadu Penanggulangan Kemiskinan")).click();
        browser.waiting().until(ExpectedConditions.urlContains("slug=uptpk-sragen"));
        List<String> compared = browser.driver.findElements(By.cssSelector("table.compare thead th a[href^='/inovasi/']"))
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of("Lumbung Pangan Desa Tangguh", "Unit Pelayanan Terpadu Penanggulangan Kemiskinan"), compared);
        browser.fullScreenshot("bandingkan");
    }

    @Test
    void onAPhoneResultsComeFirstAndNothingScrollsSideways() {
        try (Browser phone = new Browser(390, 844)) {
            phone.driver.get(url("/cari?q=kemiskinan"));
            long results = (Long) ((JavascriptExecutor) phone.driver)
                    .executeScript("return Math.round(document.querySelector('.results').getBoundingClientRect().top)");
            long filters = (Long) ((JavascriptExecutor) phone.driver)
                    .executeScript("return Math.round(document.querySelector('.facets').getBoundingClientRect().top)");
            assertTrue(results < filters, "results (" + results + ") above the filters (" + filters + ")");
            phone.screenshot("cari-ponsel-390");
            for (String[] page : new String[][] {{"/daerah", "daerah-semua-ponsel"}, {"/daerah/61", "daerah-provinsi-ponsel"},
                    {"/daerah/61.04", "daerah-ponsel"}, {"/inovasi/" + FullRecord.slug(), "inovasi-ponsel"},
                    {"/bandingkan?slug=" + FullRecord.slug() + "&slug=uptpk-sragen", "bandingkan-ponsel"},
                    {"/replikasi", "replikasi-ponsel"}, {"/acara", "acara-ponsel"}, {EVENT, "acara-detail-ponsel"},
                    {"/", "beranda-ponsel"}, {"/contoh-widget.html", "widget-contoh-ponsel"},
                    {"/cari?q=Ketapang", "cari-daerah-ponsel"}}) {
                onAPhone(phone, page[0], page[1]);
            }
            assertEquals("Kabupaten Ketapang", phone.driver.findElement(By.cssSelector(".region-card h2 a")).getText());
            phone.signIn(base, "peninjau");
            onAPhone(phone, "/kurator/replikasi/baru?source=" + FullRecord.slug(), "kurator-replikasi-ponsel");
            assertEquals("Catat replikasi", phone.driver.findElement(By.cssSelector("h1")).getText());
        }
    }

    /** Opens a page at 390 px: nothing wider than the screen; a screenshot of what shows first. */
    private void onAPhone(Browser phone, String path, String screenshot) {
        phone.driver.get(url(path));
        long width = (Long) ((JavascriptExecutor) phone.driver).executeScript("return document.documentElement.scrollWidth");
        assertTrue(width <= 390, path + " is " + width + " px wide");
        phone.screenshot(screenshot);
    }

    @Test
    void noSeriousAccessibilityViolationOnTheNewPages() {
        List<String> problems = new ArrayList<>();
        String full = "/inovasi/" + FullRecord.slug();
        String compared = "/bandingkan?slug=" + FullRecord.slug() + "&slug=uptpk-sragen";
        for (String path : List.of("/daerah", "/daerah?q=kalbar", "/daerah/61", "/daerah/61.04", "/acara", EVENT,
                "/replikasi?province=33", full, compared, "/bandingkan?q=gertak", "/bandingkan", "/contoh-widget.html",
                full + "?lang=en", "/daerah/61.04?lang=en", "/replikasi?lang=en", "/acara?lang=en", EVENT + "?lang=en",
                "/daerah?lang=en", "/daerah/61?lang=en", compared + "&lang=en", "/?lang=id")) {
            open(path);
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(path + " — " + v));
            if (path.equals("/acara")) {
                browser.fullScreenshot("acara");
            } else if (path.equals(EVENT)) {
                browser.fullScreenshot("acara-detail");
            } else if (path.equals("/replikasi?lang=en")) {
                browser.fullScreenshot("replikasi-en");
            } else if (path.equals(full + "?lang=en")) {
                browser.fullScreenshot("inovasi-en");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A valid filter of /replikasi by status and source: the one replication that matches, and axe-core on it. */
    @Test
    void theReplicationListFilteredByStatusAndSourceIsAccessible() {
        open("/replikasi?status=uji_coba&source=" + FullRecord.slug());
        List<String> rows = browser.driver.findElements(By.cssSelector(".replications-list tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Lumbung Pangan Desa Tangguh Kabupaten Ketapang Uji coba 1 Februari 2024"), rows);
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
    }

    /** Staff see more on /replikasi (stalled and undated replications) and on an innovation (contacts, the stale badge). */
    @Test
    void theSignedInViewsAreAccessible() {
        browser.signIn(base, "peninjau");
        List<String> problems = new ArrayList<>();
        open("/replikasi");
        assertTrue(browser.driver.findElement(By.cssSelector("section.staff h2")).getText().startsWith("Replikasi yang macet"));
        browser.seriousAccessibilityViolations().forEach(v -> problems.add("/replikasi, signed in — " + v));
        open("/inovasi/" + FullRecord.slug());
        assertEquals("Perlu dikonfirmasi ulang", browser.driver.findElement(By.cssSelector(".confirmed .badge.warn")).getText());
        assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains(FullRecord.SECRET_EMAIL), "staff see the contact");
        browser.seriousAccessibilityViolations().forEach(v -> problems.add("innovation, signed in — " + v));
        assertEquals(List.of(), problems);
    }

    @Test
    void theExampleWidgetSuggestsSearchesPagesAndKeepsItsPresetFilter() {
        open("/contoh-widget.html");
        var all = browser.waiting().until(d -> d.findElement(By.id("widget-semua")).getShadowRoot());
        assertFalse(all.findElement(By.cssSelector(".pages")).isDisplayed(), "no paging before a search");
        WebElement input = all.findElement(By.cssSelector("input"));
        input.sendKeys("gert");
        browser.waiting().until(d -> all.findElement(By.cssSelector(".suggestions")).isDisplayed()
                && !all.findElements(By.cssSelector(".suggestions li")).isEmpty());
        assertTrue(all.findElement(By.cssSelector(".suggestions")).getText().toLowerCase().contains("gertak"));
        browser.screenshot("widget-saran");
        List<String> problems = new ArrayList<>();
        browser.seriousAccessibilityViolations().forEach(v -> problems.add("widget with suggestions — " + v));
        input.clear();
        input.sendKeys("kemiskinan");
        all.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> all.findElements(By.cssSelector("ol.results li")).size() == 5);
        String firstPage = all.findElement(By.cssSelector("ol.results")).getText();
        all.findElement(By.cssSelector(".pages button:last-child")).click();
        browser.waiting().until(d -> all.findElement(By.cssSelector(".pages span")).getText().equals("Halaman 2"));
        browser.waiting().until(d -> !all.findElement(By.cssSelector("ol.results")).getText().equals(firstPage));
        browser.seriousAccessibilityViolations().forEach(v -> problems.add("widget with results — " + v));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'end'})",
                all.findElement(By.cssSelector(".pages")));
        browser.screenshot("widget-contoh");

        int jatimTotal = Api.anonymous().queryParam("q", "kemiskinan").queryParam("province", "35").get("/api/v1/search")
                .then().statusCode(200).extract().path("total");
        var jatim = browser.driver.findElement(By.id("widget-jatim")).getShadowRoot();
        jatim.findElement(By.cssSelector("input")).sendKeys("kemiskinan");
        jatim.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> !jatim.findElement(By.cssSelector("[role=status]")).getText().isEmpty());
        assertEquals(jatimTotal + " hasil", jatim.findElement(By.cssSelector("[role=status]")).getText());
        assertFalse(firstPage.isBlank());
        assertEquals(List.of(), problems);
    }

    /** The page as it prints, at the width of an A4 sheet (Chromium's print media emulation). */
    private static void printPreview(String name) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        Dimension before = chrome.manage().window().getSize();
        chrome.manage().window().setSize(new Dimension(794, 1123));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.screenshot(name);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            chrome.manage().window().setSize(before);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
