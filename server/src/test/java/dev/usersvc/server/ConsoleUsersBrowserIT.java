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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The users area in a real headless Chromium, clicked through as the bootstrap admin: users, one user, edit,
 * reset password, revoke tokens, create, delete, service accounts and the own password. Skipped where Debian's
 * chromium and chromedriver are not installed. Screenshots go to target/screenshots/.
 */
@EnabledIf("browserInstalled")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleUsersBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ROOT_PASSWORD = "root-password-1";

    private WebDriver browser;
    private Path profile;

    static boolean browserInstalled() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("console-users-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + profile, "--window-size=1280,1100");
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

    private String url(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Clicks and waits until the next page has replaced this one, then until its URL is as expected. */
    private void clickAndAwait(WebElement element, String urlPattern) {
        element.click();
        waiting().until(ExpectedConditions.stalenessOf(element));
        waiting().until(ExpectedConditions.urlMatches(urlPattern));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement submitButton() {
        return browser.findElement(By.cssSelector("main form button[type=submit]"));
    }

    private String flash() {
        return browser.findElement(By.cssSelector(".flash")).getText();
    }

    private void screenshot(String name) {
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signInAsRoot() {
        browser.get(url("/admin/sign-in"));
        type("slug", "root");
        type("password", ROOT_PASSWORD);
        clickAndAwait(browser.findElement(By.cssSelector("button[type=submit].primary")), ".*/admin$");
    }

    @Test
    void adminWalksThroughUsersAndEveryUserAction() {
        String walked = "walked-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = new Api(APP.getLocalPort()).post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", walked, "name", "Walked <b>User</b>", "password",
                        "a-password-123", "contact", obj("id", walked + "@example.com", "platform", "email")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        String walkedId = registered.json().path("token").path("userId").asText();
        signInAsRoot();

        // users, then one user
        clickAndAwait(browser.findElement(By.linkText("Users")), ".*/admin/users$");
        assertThat(browser.findElements(By.cssSelector("td.slug a"))).extracting(WebElement::getText)
                .contains("root", walked);
        screenshot("users-list");
        clickAndAwait(browser.findElement(By.linkText(walked)), ".*/admin/users/" + walkedId + "$");
        assertThat(browser.findElement(By.cssSelector("dd.user-name")).getText()).isEqualTo("Walked <b>User</b>");
        assertThat(browser.findElements(By.cssSelector("dd.user-name b"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.contacts")).getText())
                .contains(walked + "@example.com");
        assertThat(browser.findElement(By.cssSelector("table.devices")).getText()).isNotEmpty();
        screenshot("user-detail");

        // edit the name and labels
        clickAndAwait(browser.findElement(By.linkText("Edit name and labels")), ".*/edit$");
        type("name", "Walked Renamed");
        type("labels", "team=core\ntier=gold");
        clickAndAwait(submitButton(), ".*/admin/users/" + walkedId + "$");
        assertThat(flash()).isEqualTo("Saved.");
        assertThat(browser.findElement(By.cssSelector("dd.user-name")).getText()).isEqualTo("Walked Renamed");
        assertThat(browser.findElement(By.cssSelector("ul.labels")).getText()).contains("team = core", "tier = gold");

        // reset the password
        clickAndAwait(browser.findElement(By.linkText("Reset password")), ".*/password$");
        type("password", "reset-password-9");
        type("confirmation", "reset-password-9");
        clickAndAwait(submitButton(), ".*/admin/users/" + walkedId + "$");
        assertThat(flash()).isEqualTo("Password reset.");

        // revoke the tokens, with a confirmation
        clickAndAwait(browser.findElement(By.linkText("Revoke tokens")), ".*/revoke-tokens$");
        assertThat(browser.findElement(By.cssSelector(".question")).getText()).contains(walked);
        clickAndAwait(submitButton(), ".*/admin/users/" + walkedId + "$");
        assertThat(flash()).isEqualTo("Revoked 1 token.");

        // create a user
        clickAndAwait(browser.findElement(By.linkText("Users")), ".*/admin/users$");
        clickAndAwait(browser.findElement(By.linkText("Create user")), ".*/admin/users/new$");
        String created = "made-" + UUID.randomUUID().toString().substring(0, 8);
        type("slug", created);
        type("name", "Made In The Browser");
        type("password", "made-password-1");
        type("contact", created + "@example.com");
        screenshot("user-create");
        clickAndAwait(submitButton(), ".*/admin/users/usr_[A-Za-z0-9]+$");
        assertThat(flash()).isEqualTo("Created user " + created + ".");

        // delete it, with a confirmation
        clickAndAwait(browser.findElement(By.linkText("Delete")), ".*/delete$");
        assertThat(browser.findElement(By.cssSelector(".question")).getText()).contains(created);
        clickAndAwait(submitButton(), ".*/admin/users$");
        assertThat(flash()).isEqualTo("Deleted user " + created + ".");
        assertThat(browser.findElements(By.linkText(created))).isEmpty();

        // service accounts
        clickAndAwait(browser.findElement(By.linkText("Service accounts")), ".*/admin/service-accounts$");
        assertThat(browser.findElements(By.cssSelector("td.slug a"))).extracting(WebElement::getText)
                .contains("user-svc").doesNotContain("root", walked);
        screenshot("service-accounts");

        // the own password, changed and changed back
        changeOwnPassword(ROOT_PASSWORD, "root-password-2");
        changeOwnPassword("root-password-2", ROOT_PASSWORD);
    }

    private void changeOwnPassword(String current, String next) {
        clickAndAwait(browser.findElement(By.cssSelector("a.who")), ".*/admin/account/password$");
        type("current", current);
        type("password", next);
        type("confirmation", next);
        WebElement submit = submitButton();
        submit.click();
        waiting().until(ExpectedConditions.stalenessOf(submit));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/account/password");
        assertThat(flash()).isEqualTo("Your password has been changed.");
    }
}
