package dev.usersvc.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Console sessions live in the database: a restart signs nobody out, and two nodes on one database serve the same
 * browser without sticky sessions, flash messages included (shown once, on whichever node serves the next page).
 */
abstract class ConsoleSessionSurvival {
    private static final String WELCOME = "Welcome, root.";

    abstract String databaseUrl();

    /** Tokens live two seconds, so a session that outlives one must refresh it from what the database holds. */
    private static DropwizardTestSupport<UserSvcConfiguration> server(String databaseUrl) {
        return new DropwizardTestSupport<>(UserSvcApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("database.url", databaseUrl),
                ConfigOverride.config("tokens.lifetime", "2 seconds"));
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Signed in as <strong>root</strong>.");
    }

    private static void assertSignedOut(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                .endsWith("/admin/sign-in"));
    }

    @Test
    void aSessionSurvivesARestartWithItsFlashAndCsrfToken() throws Exception {
        String url = databaseUrl();
        ConsoleClient browser;
        DropwizardTestSupport<UserSvcConfiguration> before = server(url);
        before.before();
        try {
            browser = new ConsoleClient(before.getLocalPort());
            HttpResponse<String> signIn = browser.signIn("root", "root-password-1");
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303); // the flash is set, not yet shown
        } finally {
            before.after();
        }
        Thread.sleep(2_500); // the session's token expires while the server is down

        DropwizardTestSupport<UserSvcConfiguration> after = server(url);
        after.before();
        try {
            ConsoleClient restarted = browser.onPort(after.getLocalPort());
            HttpResponse<String> first = restarted.get("/admin");
            HttpResponse<String> second = restarted.get("/admin");

            assertSignedIn(first);
            assertThat(first.body()).contains(WELCOME);
            assertSignedIn(second);
            assertThat(second.body()).doesNotContain(WELCOME);
            assertThat(restarted.get("/admin/users").statusCode()).isEqualTo(200);
            // the CSRF token survived too: the form rendered before the restart still posts
            HttpResponse<String> signOut = restarted.post("/admin/sign-out",
                    Map.of("csrf", ConsoleClient.csrfField(first.body())));
            assertThat(signOut.statusCode()).isEqualTo(303);
        } finally {
            after.after();
        }
    }

    @Test
    void twoNodesOnOneDatabaseShareASession() throws Exception {
        String url = databaseUrl();
        DropwizardTestSupport<UserSvcConfiguration> one = server(url);
        one.before();
        try {
            DropwizardTestSupport<UserSvcConfiguration> two = server(url);
            two.before();
            try {
                ConsoleClient onOne = new ConsoleClient(one.getLocalPort());
                ConsoleClient onTwo = onOne.onPort(two.getLocalPort());
                assertThat(onOne.signIn("root", "root-password-1").statusCode()).isEqualTo(303);

                HttpResponse<String> dashboardOnTwo = onTwo.get("/admin");
                HttpResponse<String> dashboardOnOne = onOne.get("/admin");

                assertSignedIn(dashboardOnTwo);
                assertThat(dashboardOnTwo.body()).contains(WELCOME);
                assertSignedIn(dashboardOnOne);
                assertThat(dashboardOnOne.body()).doesNotContain(WELCOME);
                String csrf = ConsoleClient.csrfField(dashboardOnOne.body());
                String sessionId = onOne.cookie("usersvc_session");
                assertThat(onTwo.post("/admin/sign-out", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);

                // signed out on node two: node one refuses the old cookie too
                ConsoleClient replay = new ConsoleClient(one.getLocalPort());
                replay.setCookie("usersvc_session", sessionId);
                assertSignedOut(replay.get("/admin"));
            } finally {
                two.after();
            }
        } finally {
            one.after();
        }
    }
}
