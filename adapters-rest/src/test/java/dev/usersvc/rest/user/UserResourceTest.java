package dev.usersvc.rest.user;

import static dev.usersvc.rest.RestWorld.APP_HOST;
import static dev.usersvc.rest.RestWorld.PASSWORD;
import static dev.usersvc.rest.RestWorld.body;
import static dev.usersvc.rest.RestWorld.error;
import static dev.usersvc.rest.RestWorld.fieldNames;
import static dev.usersvc.rest.RestWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.RestWorld;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class UserResourceTest {
    private static final List<String> TOKEN_FIELDS = List.of("internalId", "appId", "id", "createdAt", "updatedAt",
            "userId", "token", "device", "expiresAt", "active", "app");

    private final RestWorld world = RestWorld.create();
    private final ResourceExtension resources = world.resources;

    @Test
    void registerAnswersWithExactlyTheContractsTokenFields() {
        Response response = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"name\":\"Ada\",\"password\":\"" + PASSWORD
                        + "\",\"device\":\"phone\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("token");
        JsonNode token = body.get("token");
        assertThat(fieldNames(token)).containsExactlyElementsOf(TOKEN_FIELDS);
        assertThat(token.get("internalId").asText()).isEqualTo(token.get("appId").asText() + ":"
                + token.get("id").asText());
        assertThat(token.get("id").asText()).startsWith("tok_");
        assertThat(token.get("userId").asText()).startsWith("usr_");
        assertThat(token.get("createdAt").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(token.get("updatedAt").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(token.get("expiresAt").asText()).isEqualTo("2025-01-01T00:05:00Z");
        assertThat(token.get("device").asText()).isEqualTo("phone");
        assertThat(token.get("active").asBoolean()).isTrue();
        assertThat(token.get("app")).isEqualTo(RestWorld.parse(
                "{\"id\":\"" + token.get("appId").asText() + "\",\"host\":\"" + APP_HOST + "\"}"));
        assertThat(token.get("token").asText().split("\\.")).hasSize(3);
    }

    @Test
    void registerRejectsASlugThatBreaksTheSlugRule() {
        Response response = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"Not A Slug\",\"password\":\"" + PASSWORD + "\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(error(
                "slug must be lowercase letters and digits joined by single dashes, at most 64 characters"));
    }

    @Test
    void registerWithoutAnAppHostNamesTheMissingField() {
        Response response = world.request("/user-svc/register").post(json(
                "{\"slug\":\"ada\",\"password\":\"" + PASSWORD + "\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(error("appHost is required"));
    }

    @Test
    void registerIgnoresUnknownJsonKeys() {
        Response response = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD
                        + "\",\"favouriteColour\":\"teal\",\"nested\":{\"x\":[1,2]}}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(fieldNames(body(response).get("token"))).containsExactlyElementsOf(TOKEN_FIELDS);
    }

    @Test
    void registerWithATakenSlugIsAConflict() {
        world.register("ada");

        Response response = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD + "\"}"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response)).isEqualTo(error("slug is already taken"));
    }

    @Test
    void loginAnswersAWrongPasswordAndAnUnknownSlugIdentically() {
        world.register("ada");

        Response wrongPassword = login("ada", "not-the-password");
        Response unknownSlug = login("nobody", PASSWORD);

        assertThat(wrongPassword.getStatus()).isEqualTo(401);
        assertThat(unknownSlug.getStatus()).isEqualTo(401);
        assertThat(wrongPassword.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"user-svc\"");
        assertThat(unknownSlug.getHeaderString(HttpHeaders.WWW_AUTHENTICATE))
                .isEqualTo(wrongPassword.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        assertThat(body(wrongPassword)).isEqualTo(error("invalid credentials"));
        assertThat(body(unknownSlug)).isEqualTo(error("invalid credentials"));
    }

    @Test
    void loginWithAMalformedSlugFailsLikeAnUnknownOne() {
        Response response = login("Not A Slug", PASSWORD);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("invalid credentials"));
    }

    @Test
    void loginIsRefusedWithRetryAfterOnceFiveAttemptsHaveFailed() {
        world.register("ada");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login("ada", "not-the-password").getStatus()).as("attempt %d", attempt).isEqualTo(401);
        }

        Response throttled = login("ada", PASSWORD);

        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.getHeaderString(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(fieldNames(body(throttled))).containsExactly("error");
    }

    @Test
    void loginAnswersWithTheTokenFields() {
        world.register("ada");

        Response response = login("ada", PASSWORD);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(fieldNames(body(response).get("token"))).containsExactlyElementsOf(TOKEN_FIELDS);
    }

    @Test
    void readSelfWithoutATokenAsksForOne() {
        Response response = world.request("/user-svc/self").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"user-svc\"");
        assertThat(body(response)).isEqualTo(error("a bearer token is required"));
    }

    @Test
    void readSelfWithAGarbageTokenSaysTheTokenIsInvalid() {
        Response response = world.request("/user-svc/self", "not.a.jwt").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("token is invalid"));
    }

    @Test
    void readSelfWithAnExpiredTokenSaysSo() {
        String jwt = world.register("ada");
        world.clock.advance(Duration.ofMinutes(7)); // 5 min lifetime plus more than the 60 s leeway

        Response response = world.request("/user-svc/self", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("token is expired"));
    }

    @Test
    void readSelfWithAnEmptyBodyReadsItAsAnEmptyObject() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/self", jwt).post(json(""));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("user", "roles", "tokenCount");
        assertThat(body.get("user").get("slug").asText()).isEqualTo("ada");
        assertThat(body.get("roles")).isEqualTo(RestWorld.parse("[\"user-svc:user\"]"));
        assertThat(body.get("tokenCount").asLong()).isZero();
    }

    @Test
    void readSelfWithNoEntityAndNoContentTypeReadsItAsAnEmptyObject() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/self", jwt).method("POST");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("user").get("slug").asText()).isEqualTo("ada");
    }

    @Test
    void readSelfWithAJsonNullBodyReadsItAsAnEmptyObject() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/self", jwt).post(json("null"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(fieldNames(body(response))).containsExactly("user", "roles", "tokenCount");
    }

    @Test
    void readSelfCountsTokensWhenAsked() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/self", jwt).post(json("{\"countTokens\":true}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("tokenCount").asLong()).isEqualTo(1);
    }

    @Test
    void readSelfListsContactsOnlyWhenTheUserHasSome() {
        Response registered = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD
                        + "\",\"contact\":{\"id\":\"ada@example.com\",\"platform\":\"email\"}}"));
        assertThat(registered.getStatus()).isEqualTo(200);
        String jwt = body(registered).get("token").get("token").asText();

        Response response = world.request("/user-svc/self", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("user", "roles", "contacts", "tokenCount");
        assertThat(body.get("contacts")).hasSize(1);
        assertThat(body.get("contacts").get(0).get("id").asText()).isEqualTo("ada@example.com");
        assertThat(body.get("contacts").get(0).get("platform").asText()).isEqualTo("email");
    }

    @Test
    void userJsonNeverCarriesThePasswordHashPasswordOrType() {
        Response registered = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"name\":\"Ada\",\"password\":\"" + PASSWORD
                        + "\"}"));
        String jwt = body(registered).get("token").get("token").asText();

        JsonNode user = body(world.request("/user-svc/self", jwt).post(json("{}"))).get("user");

        assertThat(fieldNames(user)).containsExactly("id", "createdAt", "updatedAt", "slug", "name")
                .doesNotContain("passwordHash", "password", "type");
        assertThat(user.get("name").asText()).isEqualTo("Ada");
    }

    @Test
    void listUsersAsAdminAnswersUsersAfterAndCount() {
        world.register("ada");

        Response response = world.request("/user-svc/users", world.loginAdmin()).post(json("{\"count\":true}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("users", "after", "count");
        assertThat(body.get("count").asLong()).isEqualTo(body.get("users").size());
        List<String> slugs = new ArrayList<>();
        body.get("users").forEach(user -> {
            slugs.add(user.get("slug").asText());
            assertThat(fieldNames(user)).doesNotContain("passwordHash", "password", "type");
        });
        assertThat(slugs).contains("ada", "admin");
    }

    @Test
    void listUsersAsANormalUserIsForbiddenNamingThePermission() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/users", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).isEqualTo(error("missing permission user-svc:user:view"));
    }

    @Test
    void deletingAnUnknownUserIsNotFound() {
        Response response = world.request("/user-svc/user/" + UserId.random().value(), world.loginAdmin()).delete();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).isEqualTo(error("user not found"));
    }

    @Test
    void deletingAUserAnswersAnEmptyObjectAndTheirTokenStopsWorking() {
        String jwt = world.register("ada");
        String userId = body(world.request("/user-svc/self", jwt).post(json("{}"))).get("user").get("id").asText();

        Response response = world.request("/user-svc/user/" + userId, world.loginAdmin()).delete();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(RestWorld.parse("{}"));
        assertThat(world.request("/user-svc/self", jwt).post(json("{}")).getStatus()).isEqualTo(401);
    }

    @Test
    void creatingAUserWithATakenSlugIsAConflict() {
        world.register("ada");

        Response response = world.request("/user-svc/user", world.loginAdmin()).post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"user\":{\"slug\":\"ada\",\"name\":\"Another Ada\"},"
                        + "\"password\":\"" + PASSWORD + "\"}"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response)).isEqualTo(error("slug is already taken"));
    }

    @Test
    void changePasswordThenLoginWithTheNewOne() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/change-password", jwt).post(json(
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"password-2\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(RestWorld.parse("{}"));
        assertThat(login("ada", "password-2").getStatus()).isEqualTo(200);
        assertThat(login("ada", PASSWORD).getStatus()).isEqualTo(401);
    }

    @Test
    void saveSelfWithATextPlainBodyIsUnsupportedMediaType() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/self", jwt)
                .put(Entity.entity("{\"name\":\"Ada\"}", MediaType.TEXT_PLAIN_TYPE));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(body(response)).isEqualTo(error("content type must be application/json"));
    }

    private Response login(String slug, String password) {
        return world.request("/user-svc/login").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"" + slug + "\",\"password\":\"" + password + "\"}"));
    }
}
