package org.govhub.hub.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (Selenium), as an operator's
 * browser. Nothing is downloaded: both paths are given, so Selenium Manager is not asked. Where
 * Chromium is not installed the test is skipped, unless {@code GOVHUB_REQUIRE_BROWSER=1} (CI)
 * makes that a failure.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("govhub.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("govhub.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("govhub.test.screenshots", "target/console-screenshots"));
    static final Duration WAIT = Duration.ofSeconds(60);

    final WebDriver driver;
    private final Path profile;

    private ConsoleBrowser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test where there is no browser, unless one is required. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "1".equals(System.getenv("GOVHUB_REQUIRE_BROWSER"))) {
            throw new AssertionError("GOVHUB_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (Debian: apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "no " + CHROMIUM + " and " + CHROMEDRIVER + ": the browser test is skipped");
    }

    static ConsoleBrowser start() throws IOException {
        Path profile = Files.createTempDirectory("govhub-console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ConsoleBrowser(new ChromeDriver(service, options), profile);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return until(d -> visible(d, css));
    }

    private static WebElement visible(WebDriver d, String css) {
        List<WebElement> found = d.findElements(By.cssSelector(css));
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    /** Clicks the element, finding it again if the page replaced it meanwhile (its tables refresh). */
    void click(String css) {
        until(d -> {
            WebElement e = visible(d, css);
            if (e == null) {
                return false;
            }
            e.click();
            return true;
        });
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    String text(String css) {
        return until(d -> visible(d, css).getText());
    }

    String attribute(String css, String name) {
        return until(d -> visible(d, css).getAttribute(name));
    }

    /**
     * Waits (up to a minute) until the condition gives something other than null or false; an
     * element replaced meanwhile (the page refreshes its tables) just means asking again.
     */
    <T> T until(Function<WebDriver, T> condition) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> condition.apply(driver), v -> v != null && !Boolean.FALSE.equals(v));
    }

    /** Logs in at the issuer's login page, where the console's Log in button leads. */
    void logIn(String consoleUrl, String user, String password) {
        open(consoleUrl);
        click("#login");
        type("input[name=username]", user);
        type("input[name=password]", password);
        click("button[type=submit], input[type=submit]");
        until(d -> d.getCurrentUrl().startsWith(consoleUrl) && !d.findElements(By.cssSelector("#who")).isEmpty()
                && d.findElement(By.cssSelector("#who")).isDisplayed());
    }

    /** Scrolls so that the element is at the top of the window (for a screenshot of it). */
    void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", find(css));
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
