package dev.usersvc.rest.permit;

import static dev.usersvc.rest.RestWorld.body;
import static dev.usersvc.rest.RestWorld.error;
import static dev.usersvc.rest.RestWorld.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.rest.RestWorld;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class PermitResourceTest {
    private final RestWorld world = RestWorld.create();
    private final ResourceExtension resources = world.resources;

    @Test
    void hasPermissionAnswersExactlyTheContractFields() {
        String jwt = world.loginAdmin();

        Response response = world.request("/user-svc/self/has/user-svc:user:view", jwt).method("POST");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("authorized", "appId", "until", "user", "app");
        assertThat(body.get("authorized").asBoolean()).isTrue();
        assertThat(body.get("until").asText()).isEqualTo("2025-01-01T00:05:00Z");
        assertThat(body.get("user").get("slug").asText()).isEqualTo("admin");
        assertThat(fieldNames(body.get("user"))).doesNotContain("passwordHash", "password", "type");
        assertThat(body.get("app").get("id").asText()).isEqualTo(body.get("appId").asText());
        assertThat(body.get("app").get("host").asText()).isEqualTo(RestWorld.APP_HOST);
    }

    @Test
    void aDenialIsAnAnswerNotAnError() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/self/has/user-svc:user:view", jwt).method("POST");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("authorized").asBoolean()).isFalse();
    }

    @Test
    void aPermitGrantedToTheSlugIsSeen() {
        String jwt = world.register("ada");
        world.grantToSlug("shop:order:view", "ada");

        Response response = world.request("/user-svc/self/has/shop:order:view", jwt).method("POST");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("authorized").asBoolean()).isTrue();
    }

    @Test
    void anEncodedPermissionGivesTheSameAnswerAsAPlainOne() {
        String admin = world.loginAdmin();
        String ada = world.register("ada");

        JsonNode adminPlain = body(world.request("/user-svc/self/has/user-svc:user:view", admin).method("POST"));
        JsonNode adminEncoded = body(world.request("/user-svc/self/has/user-svc%3Auser%3Aview", admin)
                .method("POST"));
        JsonNode adaPlain = body(world.request("/user-svc/self/has/user-svc:user:view", ada).method("POST"));
        JsonNode adaEncoded = body(world.request("/user-svc/self/has/user-svc%3Auser%3Aview", ada).method("POST"));

        assertThat(adminEncoded).isEqualTo(adminPlain);
        assertThat(adminEncoded.get("authorized").asBoolean()).isTrue();
        assertThat(adaEncoded).isEqualTo(adaPlain);
        assertThat(adaEncoded.get("authorized").asBoolean()).isFalse();
    }

    @Test
    void hasPermissionWithoutATokenAnswersForTheAnonymousSubject() {
        world.permits.save(new Permit(PermitId.random(), AppId.ALL, new Permission("shop:catalog:read"),
                List.of(Role.ANONYMOUS.value()), List.of(), world.clock.instant(), world.clock.instant()));
        world.useCases.permissions().refreshIfChanged();

        JsonNode granted = body(world.request("/user-svc/self/has/shop:catalog:read").method("POST"));
        JsonNode denied = body(world.request("/user-svc/self/has/user-svc:user:view").method("POST"));

        assertThat(granted.get("authorized").asBoolean()).isTrue();
        assertThat(granted.get("user").get("slug").asText()).isEqualTo("anonymous");
        assertThat(granted.get("user").get("id").asText()).isEmpty();
        assertThat(denied.get("authorized").asBoolean()).isFalse();
        // what anonymous may do, anyone may do
        assertThat(body(world.request("/user-svc/self/has/shop:catalog:read", world.register("ada"))
                .method("POST")).get("authorized").asBoolean()).isTrue();
    }

    @Test
    void hasPermissionWithABadTokenIsStillRefused() {
        Response response = world.request("/user-svc/self/has/user-svc:user:view", "not-a-token").method("POST");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("token is invalid"));
    }
}
