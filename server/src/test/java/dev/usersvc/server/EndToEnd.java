package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.server.Api.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What every end-to-end suite needs: the running server (a leaf picks the database), the bootstrap admin of
 * test-config.yml, and sessions made through HTTP only. Each test makes its own users, so tests run in any order.
 */
abstract class EndToEnd {
    static final String ADMIN_SLUG = "root";
    static final String ADMIN_PASSWORD = "root-password-1";
    static final String PASSWORD = "correct-horse-1";
    static final String APP_HOST = "test.app";

    abstract DropwizardAppExtension<UserSvcConfiguration> app();

    Api api() {
        return new Api(app().getLocalPort());
    }

    record Session(String slug, String userId, String token) {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers this exact slug in {@link #APP_HOST}, with a contact when one is given. */
    Session registerExactly(String slug, Object contact) {
        Reply reply = api().post("/user-svc/register", null, contact == null
                ? obj("appHost", APP_HOST, "slug", slug, "name", "Test " + slug, "password", PASSWORD)
                : obj("appHost", APP_HOST, "slug", slug, "name", "Test " + slug, "password", PASSWORD,
                        "contact", contact));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return session(slug, reply);
    }

    Session register(String prefix) {
        return registerExactly(unique(prefix), null);
    }

    Session login(String slug, String password, String appHost) {
        Reply reply = api().post("/user-svc/login", null, obj("appHost", appHost, "slug", slug, "password", password));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return session(slug, reply);
    }

    Session login(String slug, String password) {
        return login(slug, password, APP_HOST);
    }

    Session login(Session session) {
        return login(session.slug(), PASSWORD);
    }

    Session admin() {
        return login(ADMIN_SLUG, ADMIN_PASSWORD);
    }

    private static Session session(String slug, Reply reply) {
        JsonNode token = reply.json().path("token");
        return new Session(slug, token.path("userId").asText(), token.path("token").asText());
    }

    /** The claims of a JWT, read without verifying it (the suites verify through the server). */
    static JsonNode claims(String jwt) {
        try {
            return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> roles(String jwt) {
        List<String> roles = new ArrayList<>();
        claims(jwt).path("oro").forEach(role -> roles.add(role.asText()));
        return roles;
    }
}
