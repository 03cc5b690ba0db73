package dev.usersvc.rest.app;

import static dev.usersvc.rest.RestWorld.APP_HOST;
import static dev.usersvc.rest.RestWorld.body;
import static dev.usersvc.rest.RestWorld.error;
import static dev.usersvc.rest.RestWorld.fieldNames;
import static dev.usersvc.rest.RestWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.rest.RestWorld;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class AppResourceTest {
    private final RestWorld world = RestWorld.create();
    private final ResourceExtension resources = world.resources;

    @Test
    void readAppAnswersTheAppForAHostWithoutAToken() {
        Response response = world.request("/user-svc/app").post(json("{\"host\":\"" + APP_HOST + "\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("app");
        assertThat(fieldNames(body.get("app"))).containsExactly("id", "host");
        assertThat(body.get("app").get("id").asText()).startsWith("app_");
        assertThat(body.get("app").get("host").asText()).isEqualTo(APP_HOST);
    }

    @Test
    void readAppTwiceAnswersTheSameApp() {
        JsonNode first = body(world.request("/user-svc/app").post(json("{\"host\":\"" + APP_HOST + "\"}")));
        JsonNode second = body(world.request("/user-svc/app").post(json("{\"host\":\"" + APP_HOST + "\"}")));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void readAppWithoutAHostNamesTheMissingField() {
        Response response = world.request("/user-svc/app").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(error("host is required"));
    }

    @Test
    void listAppsByHostNeedsNoToken() {
        world.register("ada");

        Response response = world.request("/user-svc/apps").post(json("{\"host\":[\"" + APP_HOST + "\"]}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("apps");
        assertThat(body.get("apps")).hasSize(1);
        assertThat(body.get("apps").get(0).get("host").asText()).isEqualTo(APP_HOST);
    }

    @Test
    void listingEveryAppAsAdminIncludesTheUnnamedApp() {
        world.register("ada");

        Response response = world.request("/user-svc/apps", world.loginAdmin()).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(200);
        List<String> hosts = new ArrayList<>();
        body(response).get("apps").forEach(app -> hosts.add(app.get("host").asText()));
        assertThat(hosts).contains(APP_HOST, "unnamed");
    }

    @Test
    void listingEveryAppWithoutATokenIsUnauthenticated() {
        Response response = world.request("/user-svc/apps").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("a token is required"));
    }

    @Test
    void listingEveryAppAsANormalUserIsForbidden() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/apps", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).isEqualTo(error("missing permission user-svc:app:multi-view"));
    }

    @Test
    void renamingAnAppAsANormalUserIsForbidden() {
        String jwt = world.register("ada");
        String appId = body(world.request("/user-svc/app").post(json("{\"host\":\"" + APP_HOST + "\"}")))
                .get("app").get("id").asText();

        Response response = world.request("/user-svc/app", jwt)
                .put(json("{\"id\":\"" + appId + "\",\"newHost\":\"shop.example.org\"}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).isEqualTo(error("missing permission user-svc:app:edit"));
    }

    @Test
    void renamingAnAppAsAdminAnswersAnEmptyObject() {
        String appId = body(world.request("/user-svc/app").post(json("{\"host\":\"" + APP_HOST + "\"}")))
                .get("app").get("id").asText();

        Response response = world.request("/user-svc/app", world.loginAdmin())
                .put(json("{\"id\":\"" + appId + "\",\"newHost\":\"shop.example.org\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(RestWorld.parse("{}"));
        assertThat(world.apps.findById(new dev.usersvc.domain.app.AppId(appId)).orElseThrow().host().value())
                .isEqualTo("shop.example.org");
    }
}
