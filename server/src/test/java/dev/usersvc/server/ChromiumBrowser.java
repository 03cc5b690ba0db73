package dev.usersvc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for one test, as a JUnit 5 extension: Debian's chromium and chromedriver at fixed paths,
 * so Selenium never downloads a driver. Each test gets a fresh browser on a throwaway profile, quit and deleted
 * after it. Screenshots go to target/screenshots/. Use with {@code @RegisterExtension} on an instance field and
 * {@code @EnabledIf("dev.usersvc.server.ChromiumBrowser#installed")} on the class.
 */
final class ChromiumBrowser implements BeforeEachCallback, AfterEachCallback {
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final int width;
    private final int height;
    private final IntSupplier port;
    private ChromeDriver driver;
    private Path profile;

    /** A browser with a window of the given size, not tied to one app: address pages with {@link #url(int, String)}. */
    ChromiumBrowser(int width, int height) {
        this(width, height, null);
    }

    /** A browser with a window of the given size; {@link #url(String)} addresses the app on {@code port}. */
    ChromiumBrowser(int width, int height, IntSupplier port) {
        this.width = width;
        this.height = height;
        this.port = port;
    }

    static boolean installed() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) { // the throwaway profile, deepest files first
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                profile = null;
            }
        }
    }

    static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The address of {@code path} on the app this browser was made for. */
    String url(String path) {
        if (port == null) {
            throw new IllegalStateException("this browser is not tied to one app: use url(port, path)");
        }
        return url(port.getAsInt(), path);
    }

    /** Goes to {@code path} on the app this browser was made for. */
    void open(String path) {
        driver.get(url(path));
    }

    void get(String url) {
        driver.get(url);
    }

    String getCurrentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement findElement(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findElements(By by) {
        return driver.findElements(by);
    }

    /** Clears the field with this id and types into it. */
    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Removes what matches the CSS selector from the page, as a forged or stale form would lack it. */
    void remove(String cssSelector) {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll(arguments[0]).forEach(element => element.remove());", cssSelector);
    }

    String flash() {
        return driver.findElement(By.cssSelector(".flash")).getText();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Clicks something that navigates and returns once the next page (or re-rendered form) has replaced this one. */
    void clickAndWait(WebElement element) {
        element.click();
        waiting().until(browser -> isGone(element));
    }

    /**
     * Whether the element has left the page. Mid-navigation chromedriver may report that as an "unknown error" (the
     * node "does not belong to the document") instead of a stale reference; Selenium's stalenessOf then fails the
     * test, which happened in a full run.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks, waits until the next page has replaced this one, then until its whole URL matches the regex. */
    void clickAndAwaitUrl(WebElement element, String regex) {
        clickAndWait(element);
        awaitUrl(regex);
    }

    /** Clicks, waits until the next page has replaced this one, then until its URL ends as given. */
    void clickAndAwaitUrlEndingWith(WebElement element, String suffix) {
        clickAndWait(element);
        awaitUrlEndingWith(suffix);
    }

    /** A click that submits a form returns before the redirect lands: wait for it; a timeout fails as a mismatch. */
    void awaitUrl(String regex) {
        try {
            waiting().until(browser -> browser.getCurrentUrl().matches(regex));
        } catch (TimeoutException e) {
            // the assertion below says which URL it is instead
        }
        assertThat(driver.getCurrentUrl()).matches(regex);
    }

    /** As {@link #awaitUrl(String)}, for the URL's end. */
    void awaitUrlEndingWith(String suffix) {
        try {
            waiting().until(browser -> browser.getCurrentUrl().endsWith(suffix));
        } catch (TimeoutException e) {
            // the assertion below says which URL it is instead
        }
        assertThat(driver.getCurrentUrl()).endsWith(suffix);
    }

    /** Saves what the window shows as target/screenshots/{@code name}.png. */
    void screenshot(String name) {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
