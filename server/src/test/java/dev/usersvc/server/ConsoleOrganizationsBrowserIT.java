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
 * The organization pages in headless Chromium (Debian's, at fixed paths; skipped where missing): a platform admin
 * creates an organization and manages it, an organization admin manages theirs and is refused a platform page.
 * Every click that navigates waits for the old page to go and the new address to arrive. Screenshots go to
 * target/screenshots/.
 */
@EnabledIf("browserInstalled")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleOrganizationsBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "a-password-123";

    private WebDriver browser;
    private Path profile;

    static boolean browserInstalled() {
        return new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("console-orgs-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
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

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api api() {
        return new Api(APP.getLocalPort());
    }

    private String register(String prefix) {
        String slug = unique(prefix);
        Api.Reply reply = api().post("/user-svc/register", null,
                obj("appHost", "unnamed", "slug", slug, "name", "Test " + slug, "password", PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return slug;
    }

    /** An organization made through the JSON API by its creator, in the app the console signs in to. */
    private String createThroughApi(String creator, String slug) {
        Api.Reply login = api().post("/user-svc/login", null,
                obj("appHost", "unnamed", "slug", creator, "password", PASSWORD));
        Api.Reply reply = api().put("/user-svc/organization", login.json().path("token").path("token").asText(),
                obj("slug", slug, "name", "Name of " + slug));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("organization").path("id").asText();
    }

    private void awaitUrl(String regex) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().matches(regex));
        } catch (TimeoutException e) {
            assertThat(browser.getCurrentUrl()).matches(regex);
        }
    }

    /** Clicks something that navigates and returns once the next page has replaced this one. */
    private void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    private WebElement memberRow(String slug) {
        return browser.findElement(By.xpath("//table[contains(@class,'members')]//td[@class='slug' and text()='"
                + slug + "']/.."));
    }

    private void signIn(String slug, String password) {
        browser.get(url("/admin/sign-in"));
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit].primary")));
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
    void aPlatformAdminCreatesAnOrganizationAddsAMemberAndMakesThemAdmin() {
        String bob = register("bob");
        String slug = unique("acme");
        signIn("root", "root-password-1");
        awaitUrl(".*/admin");

        clickAndWait(browser.findElement(By.linkText("Organizations")));
        awaitUrl(".*/admin/organizations");
        browser.findElement(By.id("name")).sendKeys("Acme Inc");
        browser.findElement(By.id("slug")).sendKeys(slug);
        clickAndWait(button("Create organization"));

        awaitUrl(".*/admin/organizations/org_[A-Za-z0-9]+");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Organization " + slug + " created.");
        clickAndWait(browser.findElement(By.linkText("All organizations")));
        awaitUrl(".*/admin/organizations");
        screenshot("organizations-list");

        clickAndWait(browser.findElement(By.linkText("Acme Inc")));
        awaitUrl(".*/admin/organizations/org_[A-Za-z0-9]+");
        browser.findElement(By.id("user")).sendKeys(bob);
        clickAndWait(button("Add member"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo(bob + " is a member now.");
        assertThat(memberRow(bob).getText()).contains("member").doesNotContain("Remove admin");

        clickAndWait(memberRow(bob).findElement(By.xpath(".//button[normalize-space()='Make admin']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The member is an admin now.");
        assertThat(memberRow(bob).findElements(By.tagName("td")).get(2).getText()).isEqualTo("admin");
        screenshot("organization-detail");
    }

    @Test
    void anOrganizationAdminManagesTheirOrganizationAndIsRefusedAPlatformPage() {
        String ada = register("ada");
        String carl = register("carl");
        String slug = unique("adas");
        String id = createThroughApi(ada, slug);
        String others = unique("others");
        createThroughApi(register("zed"), others);

        signIn(ada, PASSWORD);
        awaitUrl(".*/admin/organizations");
        assertThat(browser.findElements(By.cssSelector("nav.menu a"))).extracting(WebElement::getText)
                .containsExactly("Organizations");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(slug).doesNotContain(others);
        screenshot("org-admin-view");

        clickAndWait(browser.findElement(By.linkText("Name of " + slug)));
        awaitUrl(".*/admin/organizations/" + id);
        browser.findElement(By.id("user")).sendKeys(carl);
        clickAndWait(button("Add member"));
        assertThat(memberRow(carl).getText()).contains("member");

        clickAndWait(memberRow(carl).findElement(By.linkText("Remove")));
        awaitUrl(".*/admin/organizations/" + id + "/members/usr_[A-Za-z0-9]+/remove");
        clickAndWait(button("Remove member"));
        awaitUrl(".*/admin/organizations/" + id);
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The member was removed.");
        assertThat(browser.findElements(By.xpath("//td[@class='slug' and text()='" + carl + "']"))).isEmpty();

        String email = unique("dora") + "@example.com";
        browser.findElement(By.id("email")).sendKeys(email);
        clickAndWait(button("Invite"));
        WebElement invitation = browser.findElement(By.xpath("//table[contains(@class,'invitations')]//td[text()='"
                + email + "']/.."));
        assertThat(invitation.getText()).contains("pending");

        browser.get(url("/admin/users"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElements(By.cssSelector("td.slug"))).isEmpty();
        screenshot("org-admin-forbidden");
    }
}
