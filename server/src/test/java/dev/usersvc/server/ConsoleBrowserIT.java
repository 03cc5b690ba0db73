package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real headless Chromium ({@link ChromiumBrowser}); skipped where it is not installed. Screenshots
 * go to target/screenshots/.
 */
@EnabledIf("dev.usersvc.server.ChromiumBrowser#installed")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));

    @RegisterExtension
    final ChromiumBrowser browser = new ChromiumBrowser(1280, 900, APP::getLocalPort);

    @Test
    void adminSignsInSeesTheDashboardAndUsersAndSignsOut() {
        SignInScreen signIn = SignInScreen.open(browser, "/admin/sign-in");
        browser.screenshot("sign-in");

        signIn.signIn("root", "root-password-1");

        browser.awaitUrlEndingWith("/admin");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Welcome, root.");
        assertThat(browser.findElement(By.cssSelector(".tile-number")).getText()).matches("[0-9,]+");
        browser.screenshot("dashboard");

        browser.findElement(By.linkText("Users")).click();

        browser.awaitUrlEndingWith("/admin/users");
        assertThat(browser.findElements(By.cssSelector("td.slug"))).extracting(WebElement::getText).contains("root");
        browser.screenshot("users");

        WebElement signOut = browser.findElement(By.cssSelector(".sign-out button"));
        browser.clickAndWait(signOut);

        browser.awaitUrlEndingWith("/admin/sign-in?signed-out");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("You have signed out.");
    }

    @Test
    void htmlInANameIsShownAsText() {
        String slug = "html-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "<script>alert(1)</script><b>bold</b>";
        Api.Reply registered = new Api(APP.getLocalPort()).post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", slug, "name", name, "password", "a-password-123"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);

        SignInScreen.open(browser, "/admin/sign-in").signIn("root", "root-password-1");
        browser.open("/admin/users?search=" + slug);

        WebElement row = browser.findElement(By.xpath("//td[@class='slug' and .='" + slug + "']/.."));
        assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo(name);
        assertThat(row.findElements(By.tagName("b"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        browser.screenshot("users-html-name");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String slug = "no-csrf-" + UUID.randomUUID().toString().substring(0, 8);
        SignInScreen.open(browser, "/admin/sign-in").signIn("root", "root-password-1");
        browser.open("/admin/users/new");
        browser.type("slug", slug);
        browser.type("name", "No Csrf");
        browser.remove("input[name=csrf]");

        browser.clickAndWait(browser.findElement(By.cssSelector("main button[type=submit]")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Form expired");
        browser.screenshot("csrf-refused");
        browser.open("/admin/users?search=" + slug);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No users match.");
    }

    @Test
    void aSlugFullOfHtmlIsShownAsText() {
        String slug = "<img src=x onerror=alert(1)><b>bold</b>";
        SignInScreen.open(browser, "/admin/sign-in").signIn("root", "root-password-1");
        browser.open("/admin/users/new");
        browser.type("slug", slug);
        browser.type("name", "Html Slug");

        browser.clickAndWait(browser.findElement(By.cssSelector("main button[type=submit]")));

        assertThat(browser.findElement(By.id("slug")).getAttribute("value")).isEqualTo(slug);
        assertThat(browser.findElement(By.id("slug-error")).getText()).isNotEmpty();
        WebElement main = browser.findElement(By.tagName("main"));
        assertThat(main.findElements(By.tagName("img"))).isEmpty();
        assertThat(main.findElements(By.tagName("b"))).isEmpty();
        browser.screenshot("html-slug-refused");

        browser.open("/admin/users?search=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.id("search")).getAttribute("value")).isEqualTo(slug);
        assertThat(browser.findElement(By.tagName("main")).findElements(By.tagName("img"))).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheErrorInTheForm() {
        SignInScreen signIn = SignInScreen.open(browser, "/admin/sign-in");

        signIn.signIn("root", "not-the-password");

        assertThat(signIn.formError()).isEqualTo("invalid credentials");
        assertThat(browser.findElement(By.id("slug")).getAttribute("value")).isEqualTo("root");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
    }

    /** The sign-in form's selectors, in one place. */
    private static final class SignInScreen {
        private final ChromiumBrowser browser;

        private SignInScreen(ChromiumBrowser browser) {
            this.browser = browser;
        }

        static SignInScreen open(ChromiumBrowser browser, String path) {
            browser.open(path);
            return new SignInScreen(browser);
        }

        void signIn(String slug, String password) {
            browser.findElement(By.id("slug")).clear();
            browser.findElement(By.id("slug")).sendKeys(slug);
            browser.findElement(By.id("password")).sendKeys(password);
            // returns once the answer (redirect or re-rendered form) has replaced this page
            browser.clickAndWait(browser.findElement(By.cssSelector("button[type=submit].primary")));
        }

        String formError() {
            return browser.findElement(By.cssSelector(".form-error")).getText();
        }
    }
}
