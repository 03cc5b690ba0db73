package dev.usersvc.rest.token;

import static dev.usersvc.rest.RestWorld.body;
import static dev.usersvc.rest.RestWorld.error;
import static dev.usersvc.rest.RestWorld.fieldNames;
import static dev.usersvc.rest.RestWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.domain.token.TokenId;
import dev.usersvc.rest.RestWorld;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class TokenResourceTest {
    private static final List<String> TOKEN_FIELDS = List.of("internalId", "appId", "id", "createdAt", "updatedAt",
            "userId", "token", "device", "expiresAt", "active", "app");

    private final RestWorld world = RestWorld.create();
    private final ResourceExtension resources = world.resources;

    @Test
    void publicKeyAnswersThePemOfTheSigningKey() {
        Response response = world.request("/user-svc/public-key").get();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("publicKey");
        assertThat(body.get("publicKey").asText()).startsWith("-----BEGIN PUBLIC KEY-----")
                .isEqualTo(world.jwtTokens.currentPublicKeyPem());
    }

    @Test
    void jwksListsTheSigningKeyAsAnRs256Jwk() {
        Response response = world.request("/.well-known/jwks.json").get();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("keys");
        assertThat(body.get("keys")).hasSize(1);
        JsonNode key = body.get("keys").get(0);
        assertThat(fieldNames(key)).containsExactly("kty", "use", "alg", "kid", "n", "e");
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("kid").asText()).isEqualTo(world.signingKeys.findAll().get(0).keyId());
        assertThat(key.get("e").asText()).isEqualTo("AQAB");
    }

    // Behaviour §8: lastRefreshedAt is set on the token used as the input of a refresh, not on the new one, so the
    // answer carries the same fields as register; the stored input token records the refresh.
    @Test
    void refreshAnswersANewTokenAndRecordsTheRefreshOnTheOldOne() {
        JsonNode registered = body(world.request("/user-svc/register").post(json("{\"appHost\":\""
                + RestWorld.APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + RestWorld.PASSWORD + "\"}")));
        String jwt = registered.get("token").get("token").asText();
        world.clock.advance(Duration.ofMinutes(1));

        Response response = world.request("/user-svc/refresh-token", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode token = body(response).get("token");
        assertThat(fieldNames(token)).containsExactlyElementsOf(TOKEN_FIELDS);
        assertThat(token.get("createdAt").asText()).isEqualTo("2025-01-01T00:01:00Z");
        assertThat(token.get("expiresAt").asText()).isEqualTo("2025-01-01T00:06:00Z");
        assertThat(token.get("id").asText()).isNotEqualTo(registered.get("token").get("id").asText());
        assertThat(token.get("token").asText()).isNotEqualTo(jwt);
        assertThat(world.tokens.findById(new TokenId(registered.get("token").get("id").asText())).orElseThrow()
                .lastRefreshedAt()).contains(Instant.parse("2025-01-01T00:01:00Z"));
        assertThat(world.request("/user-svc/self", token.get("token").asText()).post(json("{}")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void refreshingTheSameTokenAgainWithinTheGraceWindowAnswersTheSameNewToken() {
        String jwt = world.register("ada");

        JsonNode first = body(world.request("/user-svc/refresh-token", jwt).post(json("{}")));
        world.clock.advance(Duration.ofSeconds(5));
        JsonNode second = body(world.request("/user-svc/refresh-token", jwt).post(json("{}")));

        assertThat(second.get("token").get("id").asText()).isEqualTo(first.get("token").get("id").asText());
    }

    @Test
    void refreshingASpentTokenAfterTheGraceWindowIsUnauthenticated() {
        String jwt = world.register("ada");
        assertThat(world.request("/user-svc/refresh-token", jwt).post(json("{}")).getStatus()).isEqualTo(200);
        world.clock.advance(Duration.ofSeconds(11));

        Response response = world.request("/user-svc/refresh-token", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("token was already refreshed"));
    }

    @Test
    void refreshAcceptsAnExpiredToken() {
        String jwt = world.register("ada");
        world.clock.advance(Duration.ofHours(1));

        Response response = world.request("/user-svc/refresh-token", jwt).post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("token").get("expiresAt").asText()).isEqualTo("2025-01-01T01:05:00Z");
    }

    @Test
    void refreshWithoutABearerTokenAsksForOne() {
        Response response = world.request("/user-svc/refresh-token").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("a bearer token is required"));
    }

    @Test
    void refreshWithAGarbageTokenSaysTheTokenIsInvalid() {
        Response response = world.request("/user-svc/refresh-token", "garbage").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(error("token is invalid"));
    }

    @Test
    void revokingOwnTokensMakesThemInvalidAtOnce() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/tokens", jwt).method("DELETE");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(RestWorld.parse("{}"));
        Response after = world.request("/user-svc/self", jwt).post(json("{}"));
        assertThat(after.getStatus()).isEqualTo(401);
        assertThat(body(after)).isEqualTo(error("token has been revoked"));
    }

    @Test
    void exchangeAnswersATokenForTheOtherApp() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/token/exchange", jwt)
                .put(json("{\"newAppHost\":\"blog.example.com\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode token = body(response).get("token");
        assertThat(fieldNames(token)).containsExactlyElementsOf(TOKEN_FIELDS);
        assertThat(token.get("app").get("host").asText()).isEqualTo("blog.example.com");
    }

    @Test
    void exchangeWithoutATargetAppIsABadRequest() {
        String jwt = world.register("ada");

        Response response = world.request("/user-svc/token/exchange", jwt).put(json("{}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(error("newAppHost or newAppId is required"));
    }
}
