package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersvc.server.Api.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The README's "For services: a worked example", step by step, over HTTP only: a service account that registers
 * on its first start and logs in later, saves its permit, asks has-permission for its users, and verifies their
 * tokens locally with the JWKS. Slugs are global, so every test names its own service ({@code petstore-…-svc})
 * where the README says {@code petstore-svc}. Leaves choose the database.
 */
abstract class ServiceExampleEndToEnd {
    static final String ADMIN_SLUG = "root";
    static final String ADMIN_PASSWORD = "root-password-1";
    static final String SERVICE_APP = "unnamed";
    static final String USER_PASSWORD = "correct-horse-1";

    abstract DropwizardAppExtension<UserSvcConfiguration> app();

    Api api() {
        return new Api(app().getLocalPort());
    }

    String baseUri() {
        return "http://127.0.0.1:" + app().getLocalPort();
    }

    /** What the service keeps in its own secret store, generated once (the README: openssl rand -base64 24). */
    record StoredCredential(String slug, String password) {
        static StoredCredential generate() {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String slug = "petstore-" + UUID.randomUUID().toString().substring(0, 8) + "-svc";
            return new StoredCredential(slug, Base64.getEncoder().encodeToString(random));
        }

        String permission(String rest) {
            return slug + ":" + rest;
        }
    }

    /** What one start-up did: the login status, the register status (0 when it did not register), the token. */
    record StartUp(int loginStatus, int registerStatus, String token) {
    }

    /** The README's step 1: log in with the stored credential; on 401, register. */
    StartUp startService(StoredCredential credential) {
        Reply login = api().post("/user-svc/login", null, obj("appHost", SERVICE_APP, "slug", credential.slug(),
                "password", credential.password()));
        if (login.status() != 401) {
            return new StartUp(login.status(), 0, login.json().path("token").path("token").asText());
        }
        Reply register = api().post("/user-svc/register", null, obj("appHost", SERVICE_APP,
                "slug", credential.slug(), "name", "Petstore Svc", "password", credential.password()));
        return new StartUp(login.status(), register.status(), register.json().path("token").path("token").asText());
    }

    String startedService(StoredCredential credential) {
        StartUp start = startService(credential);
        assertThat(start.token()).isNotEmpty();
        return start.token();
    }

    /** The README's step 2: PUT /user-svc/permits, the read permission to every user of every app. */
    Reply saveReadPermit(String serviceToken, StoredCredential credential) {
        return api().put("/user-svc/permits", serviceToken, obj("permits", List.of(obj("appHost", "*",
                "permission", credential.permission("pet:read"), "roles", List.of("user-svc:user")))));
    }

    /** A user of some web shop, registered in an app of its own: the caller petstore serves. */
    String userToken(String appHost) {
        String slug = "ada-" + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = api().post("/user-svc/register", null, obj("appHost", appHost, "slug", slug,
                "password", USER_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("token").path("token").asText();
    }

    /** The README's step 3: has-permission with the user's token. */
    Reply hasPermission(String userToken, String permission) {
        return api().post("/user-svc/self/has/" + permission, userToken, null);
    }

    List<JsonNode> permitsSeenByAdmin(String permission) {
        Reply login = api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", ADMIN_SLUG,
                "password", ADMIN_PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        Reply reply = api().post("/user-svc/permits", login.json().path("token").path("token").asText(),
                obj("permission", permission));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> permits = new ArrayList<>();
        reply.json().path("permits").forEach(permits::add);
        return permits;
    }

    static JsonNode claims(String jwt) {
        try {
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- step 1: start-up ---------------------------------------------------------------------------------

    @Test
    void theFirstStartIsRefusedAtLoginAndRegistersIntoTheUnnamedApp() {
        StoredCredential credential = StoredCredential.generate();

        StartUp first = startService(credential);

        assertThat(first.loginStatus()).isEqualTo(401);
        assertThat(first.registerStatus()).isEqualTo(200);
        JsonNode claims = claims(first.token());
        assertThat(claims.path("olu").asText()).isEqualTo(credential.slug());
        assertThat(claims.path("oro").toString()).contains("\"user-svc:user\"");
        Reply app = api().post("/user-svc/app", null, obj("host", SERVICE_APP));
        assertThat(app.status()).as(app.body()).isEqualTo(200);
        assertThat(claims.path("oai").asText()).isEqualTo(app.json().path("app").path("id").asText());
    }

    @Test
    void aLaterStartLogsInWithTheStoredPasswordAndGetsATokenForTheServiceSlug() {
        StoredCredential credential = StoredCredential.generate();
        startedService(credential);

        StartUp later = startService(credential);

        assertThat(later.loginStatus()).isEqualTo(200);
        assertThat(later.registerStatus()).isZero();
        assertThat(claims(later.token()).path("olu").asText()).isEqualTo(credential.slug());
    }

    @Test
    void aStartWithALostPasswordCannotRegisterTheTakenSlugAgain() {
        StoredCredential credential = StoredCredential.generate();
        startedService(credential);

        StartUp withLostPassword = startService(new StoredCredential(credential.slug(), "a-new-random-password"));

        assertThat(withLostPassword.loginStatus()).isEqualTo(401);
        assertThat(withLostPassword.registerStatus()).isEqualTo(409);
    }

    @Test
    void theServiceRefreshesItsOwnTokenWithoutLoggingInAgain() {
        StoredCredential credential = StoredCredential.generate();
        String token = startedService(credential);

        Reply refreshed = api().call("POST", "/user-svc/refresh-token", token, null);

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(claims(refreshed.json().path("token").path("token").asText()).path("olu").asText())
                .isEqualTo(credential.slug());
    }

    // --- step 2: the permit -------------------------------------------------------------------------------

    @Test
    void theServiceSavesItsReadPermitAndSavingItAgainChangesNothing() {
        StoredCredential credential = StoredCredential.generate();
        String token = startedService(credential);

        Reply first = saveReadPermit(token, credential);
        List<JsonNode> afterFirst = permitsSeenByAdmin(credential.permission("pet:read"));
        Reply second = saveReadPermit(startedService(credential), credential);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{}");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(afterFirst).singleElement().satisfies(permit -> {
            assertThat(permit.path("appId").asText()).isEqualTo("*");
            assertThat(permit.path("roles").toString()).isEqualTo("[\"user-svc:user\"]");
        });
        assertThat(permitsSeenByAdmin(credential.permission("pet:read"))).isEqualTo(afterFirst);
    }

    @Test
    void theServiceCannotSaveAPermitForAPermissionOutsideItsSlug() {
        StoredCredential credential = StoredCredential.generate();
        StoredCredential other = StoredCredential.generate();
        String token = startedService(credential);

        Reply refused = saveReadPermit(token, other);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(permitsSeenByAdmin(other.permission("pet:read"))).isEmpty();
    }

    @Test
    void aPermitSavedWithoutAppHostHoldsOnlyInTheServicesOwnApp() {
        StoredCredential credential = StoredCredential.generate();
        String token = startedService(credential);
        assertThat(api().put("/user-svc/permits", token, obj("permits", List.of(obj(
                "permission", credential.permission("pet:read"), "roles", List.of("user-svc:user"))))).status())
                .isEqualTo(200);

        Reply inShop = hasPermission(userToken("shop.example"), credential.permission("pet:read"));
        Reply inUnnamed = hasPermission(userToken(SERVICE_APP), credential.permission("pet:read"));

        assertThat(inShop.json().path("authorized").asBoolean()).isFalse();
        assertThat(inUnnamed.json().path("authorized").asBoolean()).isTrue();
    }

    // --- step 3: asking has-permission --------------------------------------------------------------------

    @Test
    void aFreshUserMayReadPetsButNotDeleteThemUntilItsTokenExpires() {
        StoredCredential credential = StoredCredential.generate();
        assertThat(saveReadPermit(startedService(credential), credential).status()).isEqualTo(200);
        String user = userToken("shop.example");

        Reply read = hasPermission(user, credential.permission("pet:read"));
        Reply delete = hasPermission(user, credential.permission("pet:delete"));

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("authorized").asBoolean()).isTrue();
        assertThat(Instant.parse(read.json().path("until").asText()))
                .isEqualTo(Instant.ofEpochSecond(claims(user).path("exp").asLong()));
        assertThat(read.json().path("appId").asText()).isEqualTo(claims(user).path("oai").asText());
        assertThat(read.json().path("user").path("id").asText()).isEqualTo(claims(user).path("oui").asText());
        assertThat(delete.status()).as(delete.body()).isEqualTo(200);
        assertThat(delete.json().path("authorized").asBoolean()).isFalse();
    }

    @Test
    void askingWithARevokedUserTokenIsRefusedAtOnce() {
        StoredCredential credential = StoredCredential.generate();
        assertThat(saveReadPermit(startedService(credential), credential).status()).isEqualTo(200);
        String user = userToken("shop.example");
        assertThat(api().delete("/user-svc/tokens", user, obj()).status()).isEqualTo(200);

        Reply refused = hasPermission(user, credential.permission("pet:read"));

        assertThat(refused.status()).isEqualTo(401);
        // while local verification still accepts it until it expires: the README's trade-off
        assertThat(new UserSvcTokens(URI.create(baseUri() + "/.well-known/jwks.json")).verify(user).getId())
                .isEqualTo(claims(user).path("jti").asText());
    }

    // --- step 4: verifying locally ------------------------------------------------------------------------

    @Test
    void aUserTokenVerifiedLocallyWithTheJwksKeyCarriesTheUserRoleThatTheCachedPermitGrants() {
        StoredCredential credential = StoredCredential.generate();
        assertThat(saveReadPermit(startedService(credential), credential).status()).isEqualTo(200);
        // what the service caches from the permits it saved: permission -> roles
        Map<String, Set<String>> rolesByPermission = Map.of(credential.permission("pet:read"),
                Set.of("user-svc:user"));
        String user = userToken("shop.example");

        DecodedJWT verified = new UserSvcTokens(URI.create(baseUri() + "/.well-known/jwks.json")).verify(user);

        assertThat(verified.getAlgorithm()).isEqualTo("RS256");
        assertThat(verified.getIssuer()).isEqualTo("user-svc");
        assertThat(verified.getClaim("oro").asList(String.class)).contains("user-svc:user");
        // the README's matching, line for line
        Set<String> granted = rolesByPermission.getOrDefault(credential.permission("pet:read"), Set.of());
        boolean mayRead = verified.getClaim("oro").asList(String.class).stream().anyMatch(granted::contains);
        Set<String> grantedDelete = rolesByPermission.getOrDefault(credential.permission("pet:delete"), Set.of());
        boolean mayDelete = verified.getClaim("oro").asList(String.class).stream().anyMatch(grantedDelete::contains);
        assertThat(mayRead).isTrue();
        assertThat(mayDelete).isFalse();
    }

    @Test
    void thePublicKeyPemIsTheJwksKeyThatSignsNewTokens() throws Exception {
        String user = userToken("shop.example");
        String pem = api().get("/user-svc/public-key").json().path("publicKey").asText();
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPublicKey fromPem = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));

        DecodedJWT verified = JWT.require(Algorithm.RSA256(fromPem)).withIssuer("user-svc").acceptLeeway(60).build()
                .verify(user);

        assertThat(verified.getClaim("oro").asList(String.class)).contains("user-svc:user");
        assertThat(UserSvcTokens.keysOf(Api.JSON.readTree(api().get("/.well-known/jwks.json").body()))
                .get(verified.getKeyId())).isEqualTo(fromPem);
    }

    @Test
    void aTokenWithATamperedPayloadFailsLocalVerification() {
        String user = userToken("shop.example");
        ObjectNode payload = (ObjectNode) claims(user);
        payload.set("oro", Api.JSON.valueToTree(List.of("user-svc:user", "user-svc:admin")));
        String[] parts = user.split("\\.");
        String tampered = parts[0] + "." + base64Url(payload.toString()) + "." + parts[2];
        UserSvcTokens tokens = new UserSvcTokens(URI.create(baseUri() + "/.well-known/jwks.json"));

        assertThat(tokens.verify(user).getClaim("oro").asList(String.class)).doesNotContain("user-svc:admin");
        assertThatThrownBy(() -> tokens.verify(tampered)).isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void aTokenThatClaimsAnotherAlgorithmOrAnUnknownKeyFailsLocalVerification() {
        String user = userToken("shop.example");
        String[] parts = user.split("\\.");
        String kid = JWT.decode(user).getKeyId();
        String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "."
                + parts[1] + ".";
        String unknownKey = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"no-such-key\"}") + "."
                + parts[1] + "." + parts[2];
        UserSvcTokens tokens = new UserSvcTokens(URI.create(baseUri() + "/.well-known/jwks.json"));

        assertThatThrownBy(() -> tokens.verify(unsigned)).isInstanceOf(AlgorithmMismatchException.class);
        assertThatThrownBy(() -> tokens.verify(unknownKey)).isInstanceOf(JWTVerificationException.class)
                .hasMessageContaining("unknown key");
    }

    static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The README's Java snippet, as printed there (the README's copy has the imports listed above). */
    static final class UserSvcTokens {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI jwks; // e.g. http://localhost:8080/.well-known/jwks.json
        private volatile Map<String, RSAPublicKey> keys = Map.of();
        private volatile Instant lastFetch = Instant.EPOCH;

        UserSvcTokens(URI jwks) {
            this.jwks = jwks;
        }

        /** The verified token; throws JWTVerificationException when it is forged, expired or from another issuer. */
        DecodedJWT verify(String token) {
            String kid = JWT.decode(token).getKeyId();
            RSAPublicKey key = keys.get(kid);
            if (key == null && Instant.now().isAfter(lastFetch.plusSeconds(10))) { // refetch on an unknown kid
                keys = fetchKeys();
                key = keys.get(kid);
            }
            if (key == null) {
                throw new JWTVerificationException("unknown key " + kid);
            }
            return JWT.require(Algorithm.RSA256(key)).withIssuer("user-svc").acceptLeeway(60).build().verify(token);
        }

        private Map<String, RSAPublicKey> fetchKeys() {
            try {
                lastFetch = Instant.now();
                String body = http.send(HttpRequest.newBuilder(jwks).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                return keysOf(new ObjectMapper().readTree(body));
            } catch (IOException | GeneralSecurityException e) {
                throw new JWTVerificationException("cannot fetch the JWKS", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JWTVerificationException("interrupted", e);
            }
        }

        static Map<String, RSAPublicKey> keysOf(JsonNode jwks) throws GeneralSecurityException {
            Map<String, RSAPublicKey> byKid = new HashMap<>();
            for (JsonNode jwk : jwks.path("keys")) {
                BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText()));
                BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()));
                byKid.put(jwk.path("kid").asText(),
                        (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
            }
            return byKid;
        }
    }
}
