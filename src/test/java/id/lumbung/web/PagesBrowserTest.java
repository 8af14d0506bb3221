package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import id.lumbung.testing.Api;
import id.lumbung.testing.ApiKeys;
import id.lumbung.testing.Browser;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages in a real headless Chromium: a search from the home page through a facet to an innovation, the
 * suggestion list, a curator signing in and meeting a validation message, recording a replication and
 * seeing it on the timeline, the widget on a page of another origin, the 360 px layout, and axe-core on
 * every page. Screenshots land in target/screenshots (docs/screenshots holds a copy).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PagesBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
        Api.admin().contentType("application/x-ndjson").body(DemoCatalogue.resource("/demo/replications.jsonl"))
                .post("/api/v1/replications/import").then().statusCode(200);
        browser = Browser.reused(browser);
    }

    @AfterAll
    static void close() {
        browser = Browser.closed(browser);
    }

    private void open(String path) {
        browser.open(base, path);
    }

    private String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    void fromTheHomePageThroughAFacetToAnInnovationAndItsBrief() {
        open("/");
        browser.screenshot("beranda");
        WebElement q = browser.driver.findElement(By.id("q"));
        q.sendKeys("gerakan tengok bawah");
        q.submit();
        browser.waiting().until(ExpectedConditions.urlContains("/cari"));
        assertTrue(heading().contains("gerakan tengok bawah"), heading());
        browser.screenshot("cari");

        WebElement jatim = browser.driver.findElements(By.cssSelector(".facet-form input[name=province]")).stream()
                .filter(box -> browser.driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                        .getText().contains("Jawa Timur")).findFirst().orElseThrow();
        jatim.click();
        browser.waiting().until(ExpectedConditions.urlContains("province=35"));
        List<WebElement> hits = browser.driver.findElements(By.cssSelector(".hit h2 a"));
        assertTrue(hits.getFirst().getText().contains("Gerakan Tengok Bawah"), hits.getFirst().getText());

        hits.getFirst().click();
        browser.waiting().until(ExpectedConditions.urlContains("/inovasi/gertak-trenggalek"));
        assertTrue(heading().contains("Gerakan Tengok Bawah Atasi Masalah Kemiskinan"));
        String timeline = browser.driver.findElement(By.cssSelector(".timeline")).getText();
        assertTrue(timeline.contains("Blora"), timeline);
        assertTrue(browser.driver.findElement(By.cssSelector(".lineage")).getText().contains("Blora"));
        WebElement print = browser.driver.findElement(By.cssSelector("[data-print]"));
        assertTrue(print.isDisplayed(), "the print button appears with JavaScript");
        browser.screenshot("inovasi");
    }

    @Test
    void suggestionsAppearAsYouType() {
        open("/");
        browser.driver.findElement(By.id("q")).sendKeys("gert");
        WebElement first = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#saran li")));
        assertTrue(browser.driver.findElement(By.id("saran")).getText().toLowerCase().contains("gertak"),
                browser.driver.findElement(By.id("saran")).getText());
        assertEquals("true", browser.driver.findElement(By.id("q")).getAttribute("aria-expanded"));
        browser.screenshot("saran");
        first.click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(base.toString())));
    }

    private void signIn() {
        signIn("kurator");
    }

    private void signIn(String username) {
        browser.signIn(base, username);
    }

    @Test
    void aCuratorSignsInEditsAndSeesTheValidationMessage() {
        Api.curator().get("/api/v1/themes").then().statusCode(200);
        open("/kurator");
        browser.waiting().until(ExpectedConditions.urlContains("/masuk"));
        browser.screenshot("masuk");
        signIn();
        browser.screenshot("kurator");

        open("/kurator/inovasi/baru");
        String slug = "uji-peramban-" + System.nanoTime() % 1_000_000;
        browser.driver.findElement(By.id("f-slug")).sendKeys(slug);
        browser.driver.findElement(By.id("f-name")).sendKeys("Lumbung Pangan Desa Uji");
        browser.driver.findElement(By.id("f-region")).sendKeys("99.99");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-summary")));
        assertTrue(!error.getText().isBlank());
        assertEquals("true", browser.driver.findElement(By.id("f-summary")).getAttribute("aria-invalid"));
        browser.screenshot("kurator-validasi");

        browser.driver.findElement(By.id("f-summary")).sendKeys("Cadangan pangan desa untuk rumah tangga miskin ekstrem.");
        WebElement region = browser.driver.findElement(By.id("f-region"));
        region.clear();
        region.sendKeys("99.99");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement regionError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-region")));
        assertTrue(regionError.getText().contains("99.99"), regionError.getText());

        region = browser.driver.findElement(By.id("f-region"));
        region.clear();
        region.sendKeys("52.07");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/kurator/inovasi/" + slug));
        WebElement name = browser.driver.findElement(By.id("f-name"));
        name.clear();
        name.sendKeys("Lumbung Pangan Desa (diperbaiki)");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("tersimpan=1"));
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Lumbung Pangan Desa (diperbaiki)"));
    }

    @Test
    void aReviewerRecordsAReplicationAndSeesItOnTheTimeline() {
        // Replications are public, so a reviewer records them (a curator gets the form back with the refusal).
        signIn("peninjau");
        open("/kurator/replikasi/baru?source=gertak-trenggalek");
        browser.driver.findElement(By.id("f-adopter")).sendKeys("61.04");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("f-status"))).selectByValue("studi_tiru");
        browser.driver.findElement(By.id("f-date")).sendKeys("13 Juni 2023");
        browser.driver.findElement(By.id("f-notes")).sendKeys("Studi tiru setelah lokakarya Pontianak");
        browser.screenshot("kurator-replikasi");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/inovasi/gertak-trenggalek"));
        String timeline = browser.driver.findElement(By.cssSelector(".timeline")).getText();
        assertTrue(timeline.contains("Ketapang") && timeline.contains("13 Juni 2023"), timeline);
    }

    /** Multi-byte text (2- and 3-byte UTF-8 characters) of exactly {@code length} characters. */
    private static String longText(int length) {
        String unit = "Kemiskinan ekstrem — “amati, tiru, modifikasi” ✓ ꦲꦤꦕꦫꦏ é ";
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.driver.findElement(By.id(id)), value);
    }

    private String value(String id) {
        return browser.driver.findElement(By.id(id)).getAttribute("value");
    }

    @Test
    void aCuratorSavesTextsAsLongAsTheModelAllowsAndKeepsThemOnAnError() {
        String summary = longText(5000);
        String problem = longText(10000);
        String approach = longText(10000).replace('K', 'k');
        signIn();
        open("/kurator/inovasi/baru");
        String slug = "uji-teks-panjang-" + System.nanoTime() % 1_000_000;
        browser.driver.findElement(By.id("f-slug")).sendKeys(slug);
        browser.driver.findElement(By.id("f-name")).sendKeys("Program Teks Panjang Uji");
        browser.driver.findElement(By.id("f-region")).sendKeys("52.07");
        setValue("f-summary", summary);
        setValue("f-problem", problem);
        setValue("f-approach", approach);
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/kurator/inovasi/" + slug));
        assertEquals(summary, value("f-summary"));
        assertEquals(problem, value("f-problem"));
        assertEquals(approach, value("f-approach"));
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.equalTo(summary))
                .body("problem", org.hamcrest.Matchers.equalTo(problem));

        // An error (a name left empty, a text one character over its limit) brings the form back with the messages
        // next to the fields and every text as typed.
        String tooLong = longText(10001);
        browser.driver.findElement(By.id("f-name")).clear();
        setValue("f-problem", tooLong);
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement nameError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-name")));
        assertTrue(!nameError.getText().isBlank());
        assertTrue(browser.driver.findElement(By.id("e-problem")).getText().contains("10000"),
                browser.driver.findElement(By.id("e-problem")).getText());
        assertEquals(tooLong, value("f-problem"));
        assertEquals(summary, value("f-summary"));
        assertEquals(approach, value("f-approach"));
        browser.screenshot("kurator-teks-panjang");

        // The entry, created with long texts, edits in the form again.
        browser.driver.findElement(By.id("f-name")).sendKeys("Program Teks Panjang Uji (diperbaiki)");
        setValue("f-problem", problem);
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("tersimpan=1"));
        Api.curator().get("/api/v1/innovations/" + slug).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Program Teks Panjang Uji (diperbaiki)"))
                .body("approach", org.hamcrest.Matchers.equalTo(approach));
    }

    @Test
    void theWidgetSearchesFromAPageOfAnotherOrigin() throws IOException {
        try (WidgetHost host = new WidgetHost("")) {
            SearchContext shadow = host.search("gertak");
            assertTrue(shadow.findElement(By.cssSelector("li a")).getText().contains("Gerakan Tengok Bawah"));
            String widgetButton = (String) ((JavascriptExecutor) browser.driver).executeScript(
                    "return getComputedStyle(document.getElementById('lumbung-search').shadowRoot.querySelector('button')).backgroundColor");
            assertTrue(!widgetButton.contains("255, 0, 0"), "the host page's styles do not reach the widget: " + widgetButton);
            browser.screenshot("widget");
        }
    }

    @Test
    void aWidgetsPresetFilterNarrowsEverySearch() throws IOException {
        List<String> everywhere = Api.anonymous().queryParam("q", "kemiskinan").queryParam("limit", 5)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("hits.slug", String.class);
        List<String> inJatim = Api.anonymous().queryParam("q", "kemiskinan").queryParam("province", "35")
                .queryParam("limit", 5).get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                .getList("hits.slug", String.class);
        assertEquals(5, inJatim.size());
        assertNotEquals(everywhere, inJatim, "the filter changes what the first page holds");
        try (WidgetHost host = new WidgetHost(" data-filter=\"province=35\"")) {
            SearchContext shadow = host.search("kemiskinan");
            List<String> shown = shadow.findElements(By.cssSelector("li a")).stream()
                    .map(link -> link.getAttribute("href").replaceAll(".*/inovasi/", "")).toList();
            assertEquals(inJatim, shown, "the widget shows the province's first page, in the API's order");
        }
    }

    /** A page of another origin that embeds the widget with a key registered for that origin. */
    private final class WidgetHost implements AutoCloseable {
        private final HttpServer server;
        private final String origin;

        WidgetHost(String scriptAttributes) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            origin = "http://127.0.0.1:" + server.getAddress().getPort();
            String key = ApiKeys.create(List.of(origin), null).path("key");
            String lumbung = base.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
            String page = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Situs Bappeda</title>"
                    + "<style>button{background:red}</style></head><body><main><h1>Situs Bappeda</h1>"
                    + "<div id=\"lumbung-search\"></div><script src=\"" + lumbung + "/widget.js\" data-api-key=\"" + key
                    + "\" data-target=\"lumbung-search\"" + scriptAttributes + "></script></main></body></html>";
            server.createContext("/", exchange -> {
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        /** Opens the page, searches in the widget and waits for its results. */
        SearchContext search(String query) {
            browser.driver.get(origin + "/");
            SearchContext shadow = browser.waiting().until(d -> d.findElement(By.id("lumbung-search")).getShadowRoot());
            shadow.findElement(By.cssSelector("input")).sendKeys(query);
            shadow.findElement(By.cssSelector("button")).click();
            browser.waiting().until(d -> !shadow.findElements(By.cssSelector("li a")).isEmpty());
            return shadow;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void everyPageFitsAPhone() {
        try (Browser phone = new Browser(360, 740)) {
            for (String path : List.of("/", "/cari?q=kemiskinan", "/inovasi/gertak-trenggalek", "/daerah/35.03", "/replikasi")) {
                phone.driver.get(base.toString().replaceAll("/$", "") + path);
                long width = (Long) ((JavascriptExecutor) phone.driver).executeScript("return document.documentElement.scrollWidth");
                assertTrue(width <= 360, path + " is " + width + " px wide");
            }
            phone.driver.get(base.toString().replaceAll("/$", "") + "/cari?q=kemiskinan");
            phone.screenshot("cari-ponsel");
        }
    }

    @Test
    void noSeriousAccessibilityViolationOnAnyPage() {
        List<String> problems = new ArrayList<>();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("/", null);
        pages.put("/cari?q=kemiskinan+ekstrem", null);
        pages.put("/cari?q=zzzyyyxxx", null);
        pages.put("/cari?q=Kukar", "cari-daerah");
        pages.put("/inovasi/gertak-trenggalek", null);
        pages.put("/daerah/35.03", "daerah");
        pages.put("/replikasi", "replikasi");
        pages.put("/masuk", null);
        pages.put("/inovasi/tidak-ada", null);
        pages.put("/?lang=en", null);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getKey());
            if (page.getValue() != null) {
                browser.screenshot(page.getValue());
            }
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(page.getKey() + " — " + v));
        }
        signIn();
        for (String path : List.of("/kurator", "/kurator/inovasi/baru", "/kurator/inovasi/gertak-trenggalek",
                "/kurator/replikasi/baru", "/kurator/impor", "/kurator/inovasi/gertak-trenggalek/riwayat", "/kurator/pencarian")) {
            open(path);
            if (path.equals("/kurator/pencarian")) {
                browser.screenshot("kurator-analitik-pencarian");
            }
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(path + " — " + v));
        }
        open("/kurator/inovasi/baru");
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        browser.seriousAccessibilityViolations().forEach(v -> problems.add("form with errors — " + v));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
