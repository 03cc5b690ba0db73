package dev.usersvc.rest.audit;

import static dev.usersvc.rest.RestWorld.CLIENT_ADDRESS;
import static dev.usersvc.rest.RestWorld.body;
import static dev.usersvc.rest.RestWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.rest.RestWorld;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class AuditResourceTest {
    private final RestWorld world = RestWorld.create();
    private final ResourceExtension resources = world.resources;

    @Test
    void listsTheAdminsWriteWithTheRequestsAddress() {
        String admin = world.loginAdmin();
        try (Response created = world.request("/user-svc/user", admin).post(json(
                "{\"appHost\":\"" + RestWorld.APP_HOST + "\",\"user\":{\"slug\":\"bob\",\"name\":\"Bob\"},"
                        + "\"password\":\"" + RestWorld.PASSWORD + "\"}"))) {
            assertThat(created.getStatus()).isEqualTo(200);
        }

        Response response = world.request("/user-svc/audit-events", admin).post(json(
                "{\"action\":\"user.create\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(RestWorld.fieldNames(body)).containsExactly("events");
        JsonNode event = body.get("events").get(0);
        assertThat(body.get("events")).hasSize(1);
        assertThat(RestWorld.fieldNames(event)).containsExactlyElementsOf(List.of("id", "at", "actorId",
                "actorSlug", "action", "targetId", "appId", "clientAddress", "detail"));
        assertThat(event.get("actorSlug").asText()).isEqualTo("admin");
        assertThat(event.get("action").asText()).isEqualTo("user.create");
        assertThat(event.get("targetId").asText()).startsWith("usr_");
        assertThat(event.get("clientAddress").asText()).isEqualTo(CLIENT_ADDRESS);
        assertThat(event.get("at").asText()).isEqualTo("2025-01-01T00:00:00Z");
    }

    @Test
    void refusesAUserWithoutTheAuditPermission() {
        String ada = world.register("ada");

        Response response = world.request("/user-svc/audit-events", ada).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void rejectsAnUnknownActionAndAHalfCursor() {
        String admin = world.loginAdmin();

        try (Response unknown = world.request("/user-svc/audit-events", admin).post(json("{\"action\":\"x.y\"}"))) {
            assertThat(unknown.getStatus()).isEqualTo(400);
        }
        try (Response half = world.request("/user-svc/audit-events", admin).post(json("{\"afterId\":\"aud_1\"}"))) {
            assertThat(half.getStatus()).isEqualTo(400);
        }
    }
}
