package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stops the server and starts a new one on the same database: nothing issued before may be lost. */
abstract class RestartSurvival {
    abstract String databaseUrl();

    private static DropwizardTestSupport<UserSvcConfiguration> server(String databaseUrl) {
        return new DropwizardTestSupport<>(UserSvcApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("database.url", databaseUrl));
    }

    @Test
    void aRestartKeepsAccountsTokensAndSigningKeys() throws Exception {
        String url = databaseUrl();
        String slug = "restart-" + UUID.randomUUID().toString().substring(0, 8);

        DropwizardTestSupport<UserSvcConfiguration> before = server(url);
        before.before();
        String token;
        String publicKey;
        try {
            Api api = new Api(before.getLocalPort());
            JsonNode registered = api.post("/user-svc/register", null,
                    obj("appHost", "test.app", "slug", slug, "password", "restart-pass-1")).json();
            token = registered.path("token").path("token").asText();
            api.put("/user-svc/self", token, obj("name", "Survivor"));
            publicKey = api.get("/user-svc/public-key").json().path("publicKey").asText();
        } finally {
            before.after();
        }

        DropwizardTestSupport<UserSvcConfiguration> after = server(url);
        after.before();
        try {
            Api api = new Api(after.getLocalPort());
            Api.Reply self = api.post("/user-svc/self", token, obj());
            assertThat(self.status()).as(self.body()).isEqualTo(200);
            assertThat(self.json().path("user").path("name").asText()).isEqualTo("Survivor");
            assertThat(api.get("/user-svc/public-key").json().path("publicKey").asText()).isEqualTo(publicKey);
            assertThat(api.post("/user-svc/login", null, obj("appHost", "test.app", "slug", slug,
                    "password", "restart-pass-1")).status()).isEqualTo(200);
            assertThat(api.post("/user-svc/refresh-token", token, null).status()).isEqualTo(200);
            // the bootstrap did not run twice: still one admin, still the same one
            assertThat(api.post("/user-svc/login", null, obj("appHost", "test.app", "slug", "root",
                    "password", "root-password-1")).status()).isEqualTo(200);
        } finally {
            after.after();
        }
    }
}
