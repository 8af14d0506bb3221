package id.lumbung.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the Debian packages (chromium, chromium-driver; .ci/run installs them): browsers
 * cannot be downloaded here, so nothing is fetched. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;

    public Browser(int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need the Debian packages chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=id-ID", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** The browser a test class keeps for all its tests: started at the first, without cookies (signed out) at each. */
    public static Browser reused(Browser kept) {
        Browser browser = kept == null ? new Browser(1280, 900) : kept;
        browser.driver.manage().deleteAllCookies();
        return browser;
    }

    /** Closes a test class's browser if one was started; null, for the field that kept it. */
    public static Browser closed(Browser kept) {
        if (kept != null) {
            kept.close();
        }
        return null;
    }

    /** Opens a path of the service at {@code base}. */
    public void open(URL base, String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Signs a test user (Api.STAFF_PASSWORD) in through /masuk and waits for the staff pages. */
    public void signIn(URL base, String username) {
        Api.curator().get("/api/v1/themes").then().statusCode(200); // creates the test users
        open(base, "/masuk");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(Api.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button")).click();
        waiting().until(ExpectedConditions.urlContains("/kurator"));
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * Waits until the page whose root was {@code page} has been replaced (a form was submitted). While the old document
     * is torn down Chromium may answer "Node with given id does not belong to the document" instead of a stale
     * element: that is asked again, not taken as a failure.
     */
    public void awaitNewPage(WebElement page) {
        waiting().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot of the whole page: the window grows to the page's height (at most 6000 px) for the picture and
     * goes back afterwards.
     */
    public void fullScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver)
                .executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, Math.max(height, before.getHeight()))));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** axe-core's serious and critical violations on the current page, one line each (empty when none). */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", "));
    }

    /** Signs in through the sign-in form of the service at {@code base} (test users: kurator, peninjau). */
    public void signIn(String base, String username) {
        Api.curator().get("/api/v1/themes").then().statusCode(200);
        driver.get(base.replaceAll("/$", "") + "/masuk");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(Api.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button")).click();
        waiting().until(ExpectedConditions.urlContains("/kurator"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
