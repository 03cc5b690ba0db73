package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The permits, enrolls, apps and audit log pages in a real headless Chromium, walked as root by clicking
 * ({@link ChromiumBrowser}; skipped where missing). Screenshots go to target/screenshots/.
 */
@EnabledIf("dev.usersvc.server.ChromiumBrowser#installed")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsolePermitsBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));

    @RegisterExtension
    final ChromiumBrowser browser = new ChromiumBrowser(1280, 900, APP::getLocalPort);

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
        browser.type("permission", permission);
        browser.type("app", "*");
        browser.type("roles", "user-svc:user");
        submit(By.cssSelector("form.card button.primary"), "/admin/permits");
        assertThat(browser.flash()).isEqualTo("Permit for " + permission + " saved.");
        assertThat(cellsOfRow(permission)).contains("*", "user-svc:user");
        browser.screenshot("permits");

        navigate(rowLink(permission, "Edit"), "/edit");
        assertThat(browser.findElement(By.id("permission")).getAttribute("value")).isEqualTo(permission);
        browser.type("slugs", member);
        browser.screenshot("permit-edit");
        submit(By.cssSelector("form.card button.primary"), "/admin/permits");
        assertThat(cellsOfRow(permission)).contains(member);

        navigate(rowLink(permission, "Delete"), "/delete");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Delete this permit?");
        submit(By.cssSelector("button.danger"), "/admin/permits");
        assertThat(browser.flash()).isEqualTo("Permit for " + permission + " deleted.");
        assertThat(browser.findElements(By.xpath("//td[text()='" + permission + "']"))).isEmpty();

        // enrolls: create by slug, delete after the confirmation page
        String role = "club-" + suffix + ":member";
        navigate(By.linkText("Enrolls"), "/admin/enrolls");
        navigate(By.linkText("New enroll"), "/admin/enrolls/new");
        browser.type("user", member);
        browser.type("role", role);
        browser.type("app", "test.app");
        submit(By.cssSelector("form.card button.primary"), "/admin/enrolls");
        assertThat(browser.flash()).isEqualTo("Role " + role + " given to " + member + ".");
        assertThat(cellsOfRow(role)).contains("test.app", member);
        browser.screenshot("enrolls");
        navigate(rowLink(role, "Delete"), "/delete");
        submit(By.cssSelector("button.danger"), "/admin/enrolls");
        assertThat(browser.flash()).endsWith(" deleted.");
        assertThat(browser.findElements(By.xpath("//td[text()='" + role + "']"))).isEmpty();

        // apps: rename
        String renamed = "renamed-" + suffix + ".example";
        navigate(By.linkText("Apps"), "/admin/apps");
        navigate(rowLink(host, "Rename"), "/edit");
        browser.type("host", renamed);
        submit(By.cssSelector("form.card button.primary"), "/admin/apps");
        assertThat(browser.flash()).isEqualTo("App " + host + " renamed to " + renamed + ".");
        assertThat(browser.findElements(By.xpath("//td[text()='" + renamed + "']"))).hasSize(1);
        browser.screenshot("apps");

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
        browser.screenshot("audit-log");

        navigate(By.linkText("Dashboard"), "/admin");
        assertThat(browser.findElements(By.cssSelector(".tile-number"))).hasSize(5);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("app.update")
                .contains("permit.delete");
        browser.screenshot("dashboard-after-changes"); // the README shows this one
    }

    private static String register(String slug, String appHost) {
        Api.Reply reply = new Api(APP.getLocalPort()).post("/user-svc/register", null,
                obj("appHost", appHost, "slug", slug, "name", "Test " + slug, "password", "a-password-123"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return slug;
    }

    private void signIn(String slug, String password) {
        browser.open("/admin/sign-in");
        browser.type("slug", slug);
        browser.type("password", password);
        submit(By.cssSelector("button[type=submit].primary"), "/admin");
    }

    /** Clicks a link and waits until the new page has replaced this one. */
    private void navigate(By link, String urlEnd) {
        browser.clickAndAwaitUrlEndingWith(browser.findElement(link), urlEnd);
    }

    /** Clicks a submit button and waits for the post/redirect/get to land. */
    private void submit(By button, String urlEnd) {
        browser.clickAndAwaitUrlEndingWith(browser.findElement(button), urlEnd);
    }

    private By rowLink(String firstCell, String linkText) {
        return By.xpath("//tr[td[1][text()='" + firstCell + "']]//a[text()='" + linkText + "']");
    }

    private List<String> cellsOfRow(String firstCell) {
        return browser.findElements(By.xpath("//tr[td[1][text()='" + firstCell + "']]/td")).stream()
                .map(WebElement::getText).toList();
    }
}
