package dev.usersvc.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One real browser, two user-svc nodes on one database, no sticky sessions: the browser signs in on one node and
 * carries on, then signs out, on the other (cookies are per host, not per port, as behind a load balancer). The
 * dashboard's figures are on screen. Headless Chromium ({@link ChromiumBrowser}); skipped where it is not
 * installed. Screenshots go to target/screenshots/ as {@code sessions-*.png}.
 */
@EnabledIf("dev.usersvc.server.ChromiumBrowser#installed")
class ConsoleSessionsBrowserIT {
    private static final String DATABASE = E2eDatabase.h2File();
    private static final DropwizardTestSupport<UserSvcConfiguration> NODE_ONE = node();
    private static final DropwizardTestSupport<UserSvcConfiguration> NODE_TWO = node();

    @RegisterExtension
    final ChromiumBrowser browser = new ChromiumBrowser(1280, 900);

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

    private static String url(DropwizardTestSupport<UserSvcConfiguration> node, String path) {
        return ChromiumBrowser.url(node.getLocalPort(), path);
    }

    @Test
    void signsInOnOneNodeCarriesOnAndSignsOutOnTheOther() {
        browser.get(url(NODE_ONE, "/admin/sign-in"));
        DashboardScreen.signIn(browser, "root", "root-password-1");
        browser.awaitUrlEndingWith("/admin");
        DashboardScreen onOne = new DashboardScreen(browser);
        assertThat(onOne.flash()).isEqualTo("Welcome, root.");
        assertThat(onOne.figures()).hasSize(5).allSatisfy(figure -> assertThat(figure).matches("[0-9,]+"));
        assertThat(onOne.labels()).containsExactly("users", "service accounts", "organizations", "permits",
                "active tokens");
        assertThat(onOne.eventsTableShown()).isTrue();
        browser.screenshot("sessions-dashboard");

        browser.get(url(NODE_TWO, "/admin"));
        browser.awaitUrlEndingWith("/admin");
        DashboardScreen onTwo = new DashboardScreen(browser);
        assertThat(onTwo.signedInAs()).isEqualTo("root");
        assertThat(onTwo.hasFlash()).isFalse(); // shown once, on node one
        browser.screenshot("sessions-dashboard-other-node");

        browser.clickAndWait(browser.findElement(By.cssSelector(".sign-out button")));
        browser.awaitUrlEndingWith("/admin/sign-in?signed-out");
        browser.get(url(NODE_ONE, "/admin"));
        browser.awaitUrlEndingWith("/admin/sign-in");
        assertThat(browser.findElements(By.id("password"))).hasSize(1);
    }

    /** The dashboard's selectors, in one place. */
    private static final class DashboardScreen {
        private final ChromiumBrowser browser;

        DashboardScreen(ChromiumBrowser browser) {
            this.browser = browser;
        }

        static void signIn(ChromiumBrowser browser, String slug, String password) {
            browser.findElement(By.id("slug")).sendKeys(slug);
            browser.findElement(By.id("password")).sendKeys(password);
            browser.clickAndWait(browser.findElement(By.cssSelector("button[type=submit].primary")));
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
