package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersvc.server.Api.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit log through the real server, over HTTP only (decision 16). Other tests write to the same log, so each
 * test filters by the ids it made itself; leaves choose the database.
 */
abstract class AuditEndToEnd extends EndToEnd {
    String tokenOf(String slug, String password) {
        Reply reply = api().post("/user-svc/login", null, obj("appHost", APP_HOST, "slug", slug, "password", password));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("token").path("token").asText();
    }

    String loginAdmin() {
        return admin().token();
    }

    /** The admin creates a user under an id of its choosing and returns the id. */
    String createUser(String admin) {
        String userId = "usr_" + UUID.randomUUID().toString().replace("-", "");
        Reply created = api().post("/user-svc/user", admin, obj("appHost", APP_HOST,
                "user", obj("id", userId, "slug", unique("audited"), "name", "Audited"), "password", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return userId;
    }

    JsonNode events(String token, ObjectNode filters) {
        Reply reply = api().post("/user-svc/audit-events", token, filters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void recordsCreateResetAndDeleteWithActorTargetAndAddress() {
        String admin = loginAdmin();
        String userId = createUser(admin);
        Reply reset = api().post("/user-svc/" + userId + "/reset-password", admin,
                obj("newPassword", "reset-password-9"));
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        Reply deleted = api().delete("/user-svc/user/" + userId, admin, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);

        JsonNode events = events(admin, obj("targetId", userId)).path("events");

        List<String> actions = new ArrayList<>();
        events.forEach(event -> actions.add(event.path("action").asText()));
        assertThat(actions).containsExactly("user.delete", "user.password-reset", "user.create");
        events.forEach(event -> {
            assertThat(event.path("actorSlug").asText()).isEqualTo(ADMIN_SLUG);
            assertThat(event.path("actorId").asText()).startsWith("usr_");
            assertThat(event.path("targetId").asText()).isEqualTo(userId);
            assertThat(event.path("clientAddress").asText()).isEqualTo("127.0.0.1");
            assertThat(event.path("id").asText()).startsWith("aud_");
            assertThat(event.toString()).doesNotContain("reset-password-9").doesNotContain(PASSWORD);
        });
    }

    @Test
    void refusesTheListingToAUserWithoutTheAuditPermission() {
        String slug = unique("plain");
        Reply registered = api().post("/user-svc/register", null,
                obj("appHost", APP_HOST, "slug", slug, "password", PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);

        Reply reply = api().post("/user-svc/audit-events", registered.json().path("token").path("token").asText(),
                obj());

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    }

    @Test
    void filtersByActionAndTarget() {
        String admin = loginAdmin();
        String first = createUser(admin);
        String second = createUser(admin);
        api().post("/user-svc/" + first + "/reset-password", admin, obj("newPassword", "reset-password-9"));

        JsonNode resets = events(admin, obj("action", "user.password-reset", "targetId", first)).path("events");
        JsonNode secondsCreate = events(admin, obj("action", "user.create", "targetId", second)).path("events");
        JsonNode secondsResets = events(admin, obj("action", "user.password-reset", "targetId", second))
                .path("events");

        assertThat(resets).hasSize(1);
        assertThat(resets.get(0).path("targetId").asText()).isEqualTo(first);
        assertThat(secondsCreate).hasSize(1);
        assertThat(secondsResets).isEmpty();
    }

    @Test
    void pagesWithTheCursorReturningEveryEventOnce() {
        String admin = loginAdmin();
        String userId = createUser(admin);
        for (int i = 0; i < 4; i++) {
            api().put("/user-svc/user/" + userId, admin, obj("name", "Renamed " + i));
        }

        List<String> seen = new ArrayList<>();
        ObjectNode filters = obj("targetId", userId, "limit", 2);
        while (true) {
            JsonNode page = events(admin, filters);
            page.path("events").forEach(event -> seen.add(event.path("id").asText()));
            if (!page.has("nextAfterId")) {
                break;
            }
            filters = obj("targetId", userId, "limit", 2, "afterTime", page.path("nextAfterTime").asText(),
                    "afterId", page.path("nextAfterId").asText());
        }

        Set<String> distinct = new HashSet<>(seen);
        assertThat(seen).hasSize(5);
        assertThat(distinct).hasSize(5);
    }
}
