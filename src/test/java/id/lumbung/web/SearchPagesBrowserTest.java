package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.search.analytics.SearchLog;
import id.lumbung.testing.Api;
import id.lumbung.testing.Browser;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Search pages in a real headless Chromium: the region a query names shown first, a result opened and counted as a
 * click, and a reviewer turning a failed query into a synonym rule on the analytics page.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SearchPagesBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchLog log;

    @BeforeEach
    void catalogue() {
        DemoCatalogue.ensurePublished();
        browser = Browser.reused(browser);
    }

    @AfterAll
    static void close() {
        browser = Browser.closed(browser);
    }

    @Test
    void aRegionNameShowsTheRegionFirstAndLeadsToItsProfile() {
        browser.open(base, "/");
        WebElement q = browser.driver.findElement(By.id("q"));
        q.sendKeys("Ketapang");
        q.submit();
        browser.waiting().until(ExpectedConditions.urlContains("/cari"));
        // Before "did you mean", the message of no results and the results themselves.
        WebElement first = browser.driver.findElement(By.cssSelector("section.results > .results-head + *"));
        assertEquals("region-card", first.getAttribute("class"), first.getAttribute("outerHTML"));
        assertTrue(first.getText().contains("Provinsi Kalimantan Barat"), first.getText());
        first.findElement(By.linkText("Kabupaten Ketapang")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/daerah/61.04"));
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Ketapang"));
    }

    @Test
    void aResultOpenedFromTheResultsIsCountedAsAClickOfItsQuery() throws SQLException {
        browser.open(base, "/cari?q=gertak+klik+peramban");
        browser.driver.findElement(By.cssSelector("ol.hits li.hit h2 a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/inovasi/gertak-trenggalek"));
        // The ping is sent as the link is followed; it may land a moment after the new page.
        long clicks = 0;
        for (int i = 0; i < 50 && clicks == 0; i++) {
            log.flush();
            clicks = storedClicks("gertak klik peramban", "gertak-trenggalek");
            if (clicks == 0) {
                pause();
            }
        }
        assertEquals(1, clicks);
    }

    @Test
    void aReviewerTurnsAFailedQueryIntoASynonymRuleWithOneForm() {
        StringBuilder word = new StringBuilder("tengokbawah");
        for (long n = System.nanoTime() % 1_000_000_000L; n > 0; n /= 26) {
            word.append((char) ('a' + n % 26)); // letters only: long numbers are masked when counted
        }
        String failed = word.toString();
        // A query that failed a few times, as the ones worth a rule do (and so among the first of the list).
        for (int i = 0; i < 4; i++) {
            Api.anonymous().queryParam("q", failed).get("/api/v1/search").then().statusCode(200);
        }
        browser.open(base, "/cari?q=" + failed);
        assertEquals(List.of(), browser.driver.findElements(By.cssSelector("ol.hits li.hit")));

        browser.signIn(base, "peninjau");
        browser.open(base, "/kurator/pencarian");
        WebElement row = browser.driver.findElement(
                By.xpath("//h2[@id='tanpa-hasil']/following-sibling::table[1]//tr[td/a[text()='" + failed + "']]"));
        row.findElement(By.name("target")).sendKeys("gerakan tengok bawah");
        new Select(row.findElement(By.name("kind"))).selectByValue("tesaurus");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("aturan="));
        String notice = browser.driver.findElement(By.cssSelector("p.notice")).getText();
        assertTrue(notice.contains(failed + " => gerakan tengok bawah"), notice);

        browser.open(base, "/cari?q=" + failed);
        String first = browser.driver.findElement(By.cssSelector("ol.hits li.hit h2 a")).getAttribute("href");
        assertEquals("/inovasi/gertak-trenggalek", URI.create(first).getPath());
    }

    private long storedClicks(String query, String slug) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select coalesce(sum(clicks), 0) from search_click_week where query = ? and slug = ?")) {
            s.setString(1, query);
            s.setString(2, slug);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
