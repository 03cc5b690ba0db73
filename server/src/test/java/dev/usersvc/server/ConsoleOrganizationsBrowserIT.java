package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The organization pages in headless Chromium ({@link ChromiumBrowser}; skipped where missing): a platform admin
 * creates an organization and manages it, an organization admin manages theirs and is refused a platform page.
 * Every click that navigates waits for the old page to go and the new address to arrive. Screenshots go to
 * target/screenshots/.
 */
@EnabledIf("dev.usersvc.server.ChromiumBrowser#installed")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleOrganizationsBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String PASSWORD = "a-password-123";

    @RegisterExtension
    final ChromiumBrowser browser = new ChromiumBrowser(1280, 1000, APP::getLocalPort);

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

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    private WebElement memberRow(String slug) {
        return browser.findElement(By.xpath("//table[contains(@class,'members')]//td[@class='slug' and text()='"
                + slug + "']/.."));
    }

    private void signIn(String slug, String password) {
        browser.open("/admin/sign-in");
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.clickAndWait(browser.findElement(By.cssSelector("button[type=submit].primary")));
    }

    @Test
    void aPlatformAdminCreatesAnOrganizationAddsAMemberAndMakesThemAdmin() {
        String bob = register("bob");
        String slug = unique("acme");
        signIn("root", "root-password-1");
        browser.awaitUrl(".*/admin");

        browser.clickAndWait(browser.findElement(By.linkText("Organizations")));
        browser.awaitUrl(".*/admin/organizations");
        browser.findElement(By.id("name")).sendKeys("Acme Inc");
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.clickAndWait(button("Create organization"));

        browser.awaitUrl(".*/admin/organizations/org_[A-Za-z0-9]+");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Organization " + slug + " created.");
        browser.clickAndWait(browser.findElement(By.linkText("All organizations")));
        browser.awaitUrl(".*/admin/organizations");
        browser.screenshot("organizations-list");

        browser.clickAndWait(browser.findElement(By.linkText("Acme Inc")));
        browser.awaitUrl(".*/admin/organizations/org_[A-Za-z0-9]+");
        browser.findElement(By.id("user")).sendKeys(bob);
        browser.clickAndWait(button("Add member"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo(bob + " is a member now.");
        assertThat(memberRow(bob).getText()).contains("member").doesNotContain("Remove admin");

        browser.clickAndWait(memberRow(bob).findElement(By.xpath(".//button[normalize-space()='Make admin']")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The member is an admin now.");
        assertThat(memberRow(bob).findElements(By.tagName("td")).get(2).getText()).isEqualTo("admin");
        browser.screenshot("organization-detail");
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
        browser.awaitUrl(".*/admin/organizations");
        assertThat(browser.findElements(By.cssSelector("nav.menu a"))).extracting(WebElement::getText)
                .containsExactly("Organizations");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(slug).doesNotContain(others);
        browser.screenshot("org-admin-view");

        browser.clickAndWait(browser.findElement(By.linkText("Name of " + slug)));
        browser.awaitUrl(".*/admin/organizations/" + id);
        browser.findElement(By.id("user")).sendKeys(carl);
        browser.clickAndWait(button("Add member"));
        assertThat(memberRow(carl).getText()).contains("member");

        browser.clickAndWait(memberRow(carl).findElement(By.linkText("Remove")));
        browser.awaitUrl(".*/admin/organizations/" + id + "/members/usr_[A-Za-z0-9]+/remove");
        browser.clickAndWait(button("Remove member"));
        browser.awaitUrl(".*/admin/organizations/" + id);
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The member was removed.");
        assertThat(browser.findElements(By.xpath("//td[@class='slug' and text()='" + carl + "']"))).isEmpty();

        String email = unique("dora") + "@example.com";
        browser.findElement(By.id("email")).sendKeys(email);
        browser.clickAndWait(button("Invite"));
        WebElement invitation = browser.findElement(By.xpath("//table[contains(@class,'invitations')]//td[text()='"
                + email + "']/.."));
        assertThat(invitation.getText()).contains("pending");

        browser.open("/admin/users");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElements(By.cssSelector("td.slug"))).isEmpty();
        browser.screenshot("org-admin-forbidden");
    }
}
