package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Console sessions outlive their one-second tokens by refreshing them, and end when the refresh is refused. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleSessionRefreshOnH2IT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()),
            ConfigOverride.config("tokens.lifetime", "1 second"));

    private static void outliveTheToken() throws InterruptedException {
        Thread.sleep(1_500);
    }

    @Test
    void aSessionStaysSignedInPastItsTokensExpiry() throws InterruptedException {
        ConsoleClient console = new ConsoleClient(APP.getLocalPort());
        assertThat(console.signIn("root", "root-password-1").statusCode()).isEqualTo(303);

        outliveTheToken();
        HttpResponse<String> users = console.get("/admin/users");
        outliveTheToken();
        HttpResponse<String> again = console.get("/admin/users");

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\">root</a></td>");
    }

    private static String adminToken(Api api) {
        Api.Reply admin = api.post("/user-svc/login", null,
                obj("appHost", "test.app", "slug", "root", "password", "root-password-1"));
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        return admin.json().path("token").path("token").asText();
    }

    @Test
    void aRoleGivenAfterSignInReachesTheSessionWhenItsTokenIsRefreshed() throws InterruptedException {
        Api api = new Api(APP.getLocalPort());
        String slug = "promoted-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = api.post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", slug, "name", "Promoted", "password", "a-password-123"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        String userId = registered.json().path("token").path("userId").asText();
        ConsoleClient console = new ConsoleClient(APP.getLocalPort());
        assertThat(console.signIn(slug, "a-password-123").statusCode()).isEqualTo(303);
        assertThat(console.get("/admin/users").statusCode()).isEqualTo(403);

        Api.Reply enrolled = api.put("/user-svc/enrolls", adminToken(api),
                obj("enrolls", List.of(obj("role", "user-svc:admin", "userId", userId))));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        outliveTheToken();

        assertThat(console.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void deletingTheUserEndsTheirSession() throws InterruptedException {
        Api api = new Api(APP.getLocalPort());
        String slug = "doomed-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = api.post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", slug, "name", "Doomed", "password", "a-password-123"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        String userId = registered.json().path("token").path("userId").asText();
        ConsoleClient console = new ConsoleClient(APP.getLocalPort());
        assertThat(console.signIn(slug, "a-password-123").statusCode()).isEqualTo(303);
        assertThat(console.get("/admin/users").statusCode()).isEqualTo(403); // signed in, not allowed

        assertThat(api.delete("/user-svc/user/" + userId, adminToken(api), null).status()).isEqualTo(200);
        outliveTheToken();
        HttpResponse<String> afterDeletion = console.get("/admin/users");

        assertThat(afterDeletion.statusCode()).isEqualTo(303);
        assertThat(afterDeletion.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                .endsWith("/admin/sign-in"));
    }
}
