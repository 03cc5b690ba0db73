package dev.usersvc.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real browser, two user-svc nodes on one database, no sticky sessions: the browser signs in on one node and
 * carries on, then signs out, on the other (cookies are per host, not per port, as behind a load balancer). The
 * dashboard's figures are on screen. Headless Debian chromium; skipped where it is not installed. Screenshots go
 * to target/screenshots/ as {@code sessions-*.png}.
 */
@EnabledIf("browserInstalled")
class ConsoleSessionsBrowserIT {
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DATABASE = E2eDatabase.h2File();
    private static final DropwizardTestSupport<UserSvcConfiguration> NODE_ONE = node();
    private static final DropwizardTestSupport<UserSvcConfiguration> NODE_TWO = node();

    private WebDriver browser;
    private Path profile;

    static boolean browserInstalled() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    private static DropwizardTestSupport<UserSvcConfiguration> node() {
        return new DropwizardTestSupport<>(UserSvcApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), ConfigOverride.config("database.url", DATABASE));
    }

    @BeforeAll
    static void startNodes() throws Exception {
        NODE_ONE.before();
        NODE_TWO.before();
    }

    @AfterAll
    static void stopNodes() {
        NODE_TWO.after();
        NODE_ONE.after();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String url(DropwizardTestSupport<UserSvcConfiguration> node, String path) {
        return "http://127.0.0.1:" + node.getLocalPort() + path;
    }

    private void awaitUrlEndingWith(String suffix) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith(suffix));
    }

    private void screenshot(String name) {
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(shot, SCREENSHOTS.resolve("sessions-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    @Test
    void signsInOnOneNodeCarriesOnAndSignsOutOnTheOther() {
        browser.get(url(NODE_ONE, "/admin/sign-in"));
        DashboardScreen.signIn(browser, "root", "root-password-1", this::clickAndWait);
        awaitUrlEndingWith("/admin");
        DashboardScreen onOne = new DashboardScreen(browser);
        assertThat(onOne.flash()).isEqualTo("Welcome, root.");
        assertThat(onOne.figures()).hasSize(5).allSatisfy(figure -> assertThat(figure).matches("[0-9,]+"));
        assertThat(onOne.labels()).containsExactly("users", "service accounts", "organizations", "permits",
                "active tokens");
        assertThat(onOne.eventsTableShown()).isTrue();
        screenshot("dashboard");

        browser.get(url(NODE_TWO, "/admin"));
        awaitUrlEndingWith("/admin");
        DashboardScreen onTwo = new DashboardScreen(browser);
        assertThat(onTwo.signedInAs()).isEqualTo("root");
        assertThat(onTwo.hasFlash()).isFalse(); // shown once, on node one
        screenshot("dashboard-other-node");

        clickAndWait(browser.findElement(By.cssSelector(".sign-out button")));
        awaitUrlEndingWith("/admin/sign-in?signed-out");
        browser.get(url(NODE_ONE, "/admin"));
        awaitUrlEndingWith("/admin/sign-in");
        assertThat(browser.findElements(By.id("password"))).hasSize(1);
    }

    /** The dashboard's selectors, in one place. */
    private static final class DashboardScreen {
        private final WebDriver browser;

        DashboardScreen(WebDriver browser) {
            this.browser = browser;
        }

        static void signIn(WebDriver browser, String slug, String password,
                           Consumer<WebElement> clickAndWait) {
            browser.findElement(By.id("slug")).sendKeys(slug);
            browser.findElement(By.id("password")).sendKeys(password);
            clickAndWait.accept(browser.findElement(By.cssSelector("button[type=submit].primary")));
        }

        String flash() {
            return browser.findElement(By.cssSelector(".flash")).getText();
        }

        boolean hasFlash() {
            return !browser.findElements(By.cssSelector(".flash")).isEmpty();
        }

        String signedInAs() {
            return browser.findElement(By.cssSelector("main p strong")).getText();
        }

        List<String> figures() {
            return browser.findElements(By.cssSelector(".tile-number")).stream().map(WebElement::getText).toList();
        }

        List<String> labels() {
            return browser.findElements(By.cssSelector(".tile-label")).stream().map(WebElement::getText).toList();
        }

        boolean eventsTableShown() {
            return !browser.findElements(By.cssSelector(".latest-events")).isEmpty();
        }
    }
}
