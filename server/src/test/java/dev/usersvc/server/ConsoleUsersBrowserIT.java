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
 * The users area in a real headless Chromium, clicked through as the bootstrap admin: users, one user, edit,
 * reset password, revoke tokens, create, delete, service accounts and the own password ({@link ChromiumBrowser};
 * skipped where it is not installed). Screenshots go to target/screenshots/.
 */
@EnabledIf("dev.usersvc.server.ChromiumBrowser#installed")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleUsersBrowserIT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String ROOT_PASSWORD = "root-password-1";

    @RegisterExtension
    final ChromiumBrowser browser = new ChromiumBrowser(1280, 1100, APP::getLocalPort);

    private WebElement submitButton() {
        return browser.findElement(By.cssSelector("main form button[type=submit]"));
    }

    private void signInAsRoot() {
        browser.open("/admin/sign-in");
        browser.type("slug", "root");
        browser.type("password", ROOT_PASSWORD);
        browser.clickAndAwaitUrl(browser.findElement(By.cssSelector("button[type=submit].primary")), ".*/admin$");
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
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Users")), ".*/admin/users$");
        assertThat(browser.findElements(By.cssSelector("td.slug a"))).extracting(WebElement::getText)
                .contains("root", walked);
        browser.screenshot("users-list");
        browser.clickAndAwaitUrl(browser.findElement(By.linkText(walked)), ".*/admin/users/" + walkedId + "$");
        assertThat(browser.findElement(By.cssSelector("dd.user-name")).getText()).isEqualTo("Walked <b>User</b>");
        assertThat(browser.findElements(By.cssSelector("dd.user-name b"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.contacts")).getText())
                .contains(walked + "@example.com");
        assertThat(browser.findElement(By.cssSelector("table.devices")).getText()).isNotEmpty();
        browser.screenshot("user-detail");

        // edit the name and labels
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Edit name and labels")), ".*/edit$");
        browser.type("name", "Walked Renamed");
        browser.type("labels", "team=core\ntier=gold");
        browser.clickAndAwaitUrl(submitButton(), ".*/admin/users/" + walkedId + "$");
        assertThat(browser.flash()).isEqualTo("Saved.");
        assertThat(browser.findElement(By.cssSelector("dd.user-name")).getText()).isEqualTo("Walked Renamed");
        assertThat(browser.findElement(By.cssSelector("ul.labels")).getText()).contains("team = core", "tier = gold");

        // reset the password
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Reset password")), ".*/password$");
        browser.type("password", "reset-password-9");
        browser.type("confirmation", "reset-password-9");
        browser.clickAndAwaitUrl(submitButton(), ".*/admin/users/" + walkedId + "$");
        assertThat(browser.flash()).isEqualTo("Password reset.");

        // revoke the tokens, with a confirmation
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Revoke tokens")), ".*/revoke-tokens$");
        assertThat(browser.findElement(By.cssSelector(".question")).getText()).contains(walked);
        browser.clickAndAwaitUrl(submitButton(), ".*/admin/users/" + walkedId + "$");
        assertThat(browser.flash()).isEqualTo("Revoked 1 token.");

        // create a user
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Users")), ".*/admin/users$");
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Create user")), ".*/admin/users/new$");
        String created = "made-" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("slug", created);
        browser.type("name", "Made In The Browser");
        browser.type("password", "made-password-1");
        browser.type("contact", created + "@example.com");
        browser.screenshot("user-create");
        browser.clickAndAwaitUrl(submitButton(), ".*/admin/users/usr_[A-Za-z0-9]+$");
        assertThat(browser.flash()).isEqualTo("Created user " + created + ".");

        // delete it, with a confirmation
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Delete")), ".*/delete$");
        assertThat(browser.findElement(By.cssSelector(".question")).getText()).contains(created);
        browser.clickAndAwaitUrl(submitButton(), ".*/admin/users$");
        assertThat(browser.flash()).isEqualTo("Deleted user " + created + ".");
        assertThat(browser.findElements(By.linkText(created))).isEmpty();

        // service accounts
        browser.clickAndAwaitUrl(browser.findElement(By.linkText("Service accounts")), ".*/admin/service-accounts$");
        assertThat(browser.findElements(By.cssSelector("td.slug a"))).extracting(WebElement::getText)
                .contains("user-svc").doesNotContain("root", walked);
        browser.screenshot("service-accounts");

        // the own password, changed and changed back
        changeOwnPassword(ROOT_PASSWORD, "root-password-2");
        changeOwnPassword("root-password-2", ROOT_PASSWORD);
    }

    private void changeOwnPassword(String current, String next) {
        browser.clickAndAwaitUrl(browser.findElement(By.cssSelector("a.who")), ".*/admin/account/password$");
        browser.type("current", current);
        browser.type("password", next);
        browser.type("confirmation", next);
        WebElement submit = submitButton();
        browser.clickAndWait(submit);
        assertThat(browser.getCurrentUrl()).endsWith("/admin/account/password");
        assertThat(browser.flash()).isEqualTo("Your password has been changed.");
    }
}
