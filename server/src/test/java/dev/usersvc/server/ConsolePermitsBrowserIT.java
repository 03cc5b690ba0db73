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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The permits, enrolls, apps and audit log pages in a real headless Chromium, walked as root by clicking (Debian's
 * chromium and chromedriver at fixed paths; skipped where missing). Screenshots go to target/screenshots/.
 */
@EnabledIf("browserInstalled")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsolePermitsBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private WebDriver browser;
    private Path profile;

    static boolean browserInstalled() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("console-permits-chromium-");
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

    @Test
    void rootWalksThroughPermitsEnrollsAppsAndTheAuditLog() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String permission = "shop-" + suffix + ":order:view";
        String member = register("member-" + suffix, "test.app");
        String host = "shop-" + suffix + ".example";
        register("buyer-" + suffix, host);
        signIn("root", "root-password-1");

        // permits: create, edit, delete after the confirmation page
        navigate(By.linkText("Permits"), "/admin/permits");
        navigate(By.linkText("New permit"), "/admin/permits/new");
        fill("permission", permission);
        fill("app", "*");
        fill("roles", "user-svc:user");
        submit(By.cssSelector("form.card button.primary"), "/admin/permits");
        assertThat(flash()).isEqualTo("Permit for " + permission + " saved.");
        assertThat(cellsOfRow(permission)).contains("*", "user-svc:user");
        screenshot("permits");

        navigate(rowLink(permission, "Edit"), "/edit");
        assertThat(browser.findElement(By.id("permission")).getAttribute("value")).isEqualTo(permission);
        fill("slugs", member);
        screenshot("permit-edit");
        submit(By.cssSelector("form.card button.primary"), "/admin/permits");
        assertThat(cellsOfRow(permission)).contains(member);

        navigate(rowLink(permission, "Delete"), "/delete");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Delete this permit?");
        submit(By.cssSelector("button.danger"), "/admin/permits");
        assertThat(flash()).isEqualTo("Permit for " + permission + " deleted.");
        assertThat(browser.findElements(By.xpath("//td[text()='" + permission + "']"))).isEmpty();

        // enrolls: create by slug, delete after the confirmation page
        String role = "club-" + suffix + ":member";
        navigate(By.linkText("Enrolls"), "/admin/enrolls");
        navigate(By.linkText("New enroll"), "/admin/enrolls/new");
        fill("user", member);
        fill("role", role);
        fill("app", "test.app");
        submit(By.cssSelector("form.card button.primary"), "/admin/enrolls");
        assertThat(flash()).isEqualTo("Role " + role + " given to " + member + ".");
        assertThat(cellsOfRow(role)).contains("test.app", member);
        screenshot("enrolls");
        navigate(rowLink(role, "Delete"), "/delete");
        submit(By.cssSelector("button.danger"), "/admin/enrolls");
        assertThat(flash()).endsWith(" deleted.");
        assertThat(browser.findElements(By.xpath("//td[text()='" + role + "']"))).isEmpty();

        // apps: rename
        String renamed = "renamed-" + suffix + ".example";
        navigate(By.linkText("Apps"), "/admin/apps");
        navigate(rowLink(host, "Rename"), "/edit");
        fill("host", renamed);
        submit(By.cssSelector("form.card button.primary"), "/admin/apps");
        assertThat(flash()).isEqualTo("App " + host + " renamed to " + renamed + ".");
        assertThat(browser.findElements(By.xpath("//td[text()='" + renamed + "']"))).hasSize(1);
        screenshot("apps");

        // audit log: every action above is there; the action filter narrows it
        navigate(By.linkText("Audit log"), "/admin/audit");
        assertThat(browser.findElements(By.cssSelector("table.audit tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText).contains("permit.save", "permit.delete", "enroll.save",
                        "enroll.delete", "app.update");
        new Select(browser.findElement(By.id("action"))).selectByValue("app.update");
        submit(By.cssSelector("form.filters button[type=submit]"), "action=app.update&from=&to=");
        assertThat(browser.findElements(By.cssSelector("table.audit tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText).isNotEmpty().containsOnly("app.update");
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText())
                .contains("host " + host + " to " + renamed);
        screenshot("audit-log");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }

    private static String register(String slug, String appHost) {
        Api.Reply reply = new Api(APP.getLocalPort()).post("/user-svc/register", null,
                obj("appHost", appHost, "slug", slug, "name", "Test " + slug, "password", "a-password-123"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return slug;
    }

    private void signIn(String slug, String password) {
        browser.get(url("/admin/sign-in"));
        fill("slug", slug);
        fill("password", password);
        submit(By.cssSelector("button[type=submit].primary"), "/admin");
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks a link and waits until the new page has replaced this one. */
    private void navigate(By link, String urlEnd) {
        click(link, urlEnd);
    }

    /** Clicks a submit button and waits for the post/redirect/get to land. */
    private void submit(By button, String urlEnd) {
        click(button, urlEnd);
    }

    private void click(By what, String urlEnd) {
        WebElement element = browser.findElement(what);
        element.click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.stalenessOf(element));
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().endsWith(urlEnd));
        assertThat(browser.getCurrentUrl()).endsWith(urlEnd);
    }

    private By rowLink(String firstCell, String linkText) {
        return By.xpath("//tr[td[1][text()='" + firstCell + "']]//a[text()='" + linkText + "']");
    }

    private java.util.List<String> cellsOfRow(String firstCell) {
        return browser.findElements(By.xpath("//tr[td[1][text()='" + firstCell + "']]/td")).stream()
                .map(WebElement::getText).toList();
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
}
