package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium: Debian's chromium and chromedriver at fixed paths, so Selenium never
 * downloads a driver. Skipped where they are not installed. Screenshots go to target/screenshots/.
 */
@EnabledIf("browserInstalled")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver browser;
    private Path profile;

    static boolean browserInstalled() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
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
        try (Stream<Path> files = Files.walk(profile)) { // the throwaway profile, deepest files first
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }

    /** A click that submits a form returns before the redirect lands: wait for it, then check. */
    private void awaitUrlEndingWith(String suffix) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> driver.getCurrentUrl().endsWith(suffix));
        } catch (TimeoutException e) {
            assertThat(browser.getCurrentUrl()).endsWith(suffix);
        }
    }

    private void screenshot(String name) {
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void adminSignsInSeesTheDashboardAndUsersAndSignsOut() {
        SignInScreen signIn = SignInScreen.open(browser, url("/admin/sign-in"));
        screenshot("sign-in");

        signIn.signIn("root", "root-password-1");

        awaitUrlEndingWith("/admin");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Welcome, root.");
        assertThat(browser.findElement(By.cssSelector(".tile-number")).getText()).matches("[0-9,]+");
        screenshot("dashboard");

        browser.findElement(By.linkText("Users")).click();

        awaitUrlEndingWith("/admin/users");
        assertThat(browser.findElements(By.cssSelector("td.slug"))).extracting(WebElement::getText).contains("root");
        screenshot("users");

        WebElement signOut = browser.findElement(By.cssSelector(".sign-out button"));
        signOut.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(signOut));

        awaitUrlEndingWith("/admin/sign-in?signed-out");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("You have signed out.");
    }

    @Test
    void htmlInANameIsShownAsText() {
        String slug = "html-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "<script>alert(1)</script><b>bold</b>";
        Api.Reply registered = new Api(APP.getLocalPort()).post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", slug, "name", name, "password", "a-password-123"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);

        SignInScreen.open(browser, url("/admin/sign-in")).signIn("root", "root-password-1");
        browser.get(url("/admin/users?search=" + slug));

        WebElement row = browser.findElement(By.xpath("//td[@class='slug' and .='" + slug + "']/.."));
        assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo(name);
        assertThat(row.findElements(By.tagName("b"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        screenshot("users-html-name");
    }

    @Test
    void aWrongPasswordShowsTheErrorInTheForm() {
        SignInScreen signIn = SignInScreen.open(browser, url("/admin/sign-in"));

        signIn.signIn("root", "not-the-password");

        assertThat(signIn.formError()).isEqualTo("invalid credentials");
        assertThat(browser.findElement(By.id("slug")).getAttribute("value")).isEqualTo("root");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
    }

    /** The sign-in form's selectors, in one place. */
    private static final class SignInScreen {
        private final WebDriver browser;

        private SignInScreen(WebDriver browser) {
            this.browser = browser;
        }

        static SignInScreen open(WebDriver browser, String url) {
            browser.get(url);
            return new SignInScreen(browser);
        }

        void signIn(String slug, String password) {
            browser.findElement(By.id("slug")).clear();
            browser.findElement(By.id("slug")).sendKeys(slug);
            browser.findElement(By.id("password")).sendKeys(password);
            WebElement submit = browser.findElement(By.cssSelector("button[type=submit].primary"));
            submit.click();
            // returns once the answer (redirect or re-rendered form) has replaced this page
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(submit));
        }

        String formError() {
            return browser.findElement(By.cssSelector(".form-error")).getText();
        }
    }
}
