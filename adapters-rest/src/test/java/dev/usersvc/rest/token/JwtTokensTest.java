package dev.usersvc.rest.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersvc.application.MutableClock;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.user.UserId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JwtTokensTest {
    private static final String ISSUER = "user-svc";
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    // RSA key generation takes a noticeable fraction of a second; three pairs serve every test.
    private static final JwtTokens GENERATOR =
            new JwtTokens(new ListSigningKeyRepository(), Clock.systemUTC(), ISSUER, RETENTION);
    private static final SigningKey FIRST = GENERATOR.generate(START.minus(Duration.ofDays(1)));
    private static final SigningKey SECOND = GENERATOR.generate(START);
    private static final SigningKey STRANGER = GENERATOR.generate(START);

    private final MutableClock clock = new MutableClock(START);
    private ListSigningKeyRepository keys;
    private JwtTokens tokens;

    @BeforeEach
    void oneSigningKey() {
        keys = new ListSigningKeyRepository();
        keys.insert(FIRST);
        tokens = new JwtTokens(keys, clock, ISSUER, RETENTION);
        tokens.reload();
    }

    @Test
    void verifyingASignedTokenGivesBackEveryClaim() {
        TokenClaims claims = claims(Optional.of("org_acme"));

        assertThat(tokens.verify(tokens.sign(claims))).isEqualTo(claims);
    }

    @Test
    void verifyingATokenWithoutOrganizationGivesAnEmptyOrganization() {
        TokenClaims claims = claims(Optional.empty());

        assertThat(tokens.verify(tokens.sign(claims)).activeOrganizationId()).isEmpty();
    }

    @Test
    void payloadCarriesExactlyThePlatformClaimNames() throws Exception {
        JsonNode payload = part(tokens.sign(claims(Optional.of("org_acme"))), 1);

        assertThat(fieldNames(payload))
                .containsExactlyInAnyOrder("oui", "olu", "oro", "oai", "ode", "oao", "jti", "iat", "exp", "iss");
        assertThat(payload.get("oro").isArray()).isTrue();
        assertThat(payload.get("exp").isIntegralNumber()).isTrue();
        assertThat(payload.get("iss").asText()).isEqualTo(ISSUER);
    }

    @Test
    void payloadLeavesOutTheOrganizationWhenThereIsNone() throws Exception {
        JsonNode payload = part(tokens.sign(claims(Optional.empty())), 1);

        assertThat(fieldNames(payload))
                .containsExactlyInAnyOrder("oui", "olu", "oro", "oai", "ode", "jti", "iat", "exp", "iss");
    }

    @Test
    void headerNamesTheSigningKeyAndRs256() throws Exception {
        JsonNode header = part(tokens.sign(claims(Optional.empty())), 0);

        assertThat(fieldNames(header)).containsExactlyInAnyOrder("alg", "kid", "typ");
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("kid").asText()).isEqualTo(FIRST.keyId());
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
    }

    @Test
    void rejectsAnExpiredTokenButAcceptsItForRefresh() {
        TokenClaims claims = claims(Optional.empty());
        String token = tokens.sign(claims);
        clock.advance(LIFETIME.plusHours(1));

        assertUnauthenticated(() -> tokens.verify(token), "token is expired");
        assertThat(tokens.verifyIgnoringExpiry(token)).isEqualTo(claims);
    }

    @Test
    void acceptsATokenFiftyNineSecondsPastItsExpiry() {
        String token = tokens.sign(claims(Optional.empty()));
        clock.advance(LIFETIME.plusSeconds(59));

        assertThat(tokens.verify(token).slug()).isEqualTo("ada");
    }

    @Test
    void rejectsATokenSixtyOneSecondsPastItsExpiry() {
        String token = tokens.sign(claims(Optional.empty()));
        clock.advance(LIFETIME.plusSeconds(61));

        assertUnauthenticated(() -> tokens.verify(token), "token is expired");
    }

    @Test
    void rejectsATokenWhosePayloadWasChanged() throws Exception {
        String[] parts = tokens.sign(claims(Optional.empty())).split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.putArray("oro").add("user-svc:admin");
        String tampered = parts[0] + "." + base64Url(JSON.writeValueAsBytes(payload)) + "." + parts[2];

        assertUnauthenticated(() -> tokens.verify(tampered), "token is invalid");
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(tampered), "token is invalid");
    }

    @Test
    void rejectsATokenSignedByAnotherKeyUnderTheSameKeyId() {
        SigningKey impostor = new SigningKey(FIRST.keyId(), STRANGER.privateKeyPem(), STRANGER.publicKeyPem(),
                START, Optional.empty());
        String forged = signWith(impostor, validPayload());

        assertUnauthenticated(() -> tokens.verify(forged), "token is invalid");
    }

    @Test
    void rejectsAnUnsignedTokenWithAlgNone() {
        String unsigned = validPayload().withKeyId(FIRST.keyId()).sign(Algorithm.none());
        String handMade = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + FIRST.keyId() + "\"}")
                + "." + unsigned.split("\\.")[1] + ".";

        assertUnauthenticated(() -> tokens.verify(unsigned), "token is invalid");
        assertUnauthenticated(() -> tokens.verify(handMade), "token is invalid");
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(unsigned), "token is invalid");
    }

    @Test
    void rejectsAnHs256TokenUsingThePublicKeyAsItsSecret() {
        byte[] pemBytes = FIRST.publicKeyPem().getBytes(StandardCharsets.US_ASCII);
        byte[] derBytes = publicKey(FIRST).getEncoded();
        String withPem = validPayload().withKeyId(FIRST.keyId()).sign(Algorithm.HMAC256(pemBytes));
        String withDer = validPayload().withKeyId(FIRST.keyId()).sign(Algorithm.HMAC256(derBytes));

        assertUnauthenticated(() -> tokens.verify(withPem), "token is invalid");
        assertUnauthenticated(() -> tokens.verify(withDer), "token is invalid");
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(withPem), "token is invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a.b.c", "not a token at all", "...", "a.b", "%%%.%%%.%%%", "eyJhbGciOiJSUzI1NiJ9.e30.",
            "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", "e30.e30.e30"})
    void rejectsGarbageAsUnauthenticated(String garbage) {
        assertUnauthenticated(() -> tokens.verify(garbage), "token is invalid");
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(garbage), "token is invalid");
    }

    @Test
    void rejectsATokenWithoutAKeyId() {
        String token = validPayload().sign(rsa256(FIRST));

        assertUnauthenticated(() -> tokens.verify(token), "token is invalid");
    }

    @Test
    void rejectsATokenFromAnotherIssuer() {
        String token = signWith(FIRST, validPayload().withIssuer("someone-else"));

        assertUnauthenticated(() -> tokens.verify(token), "token is invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oui", "olu", "oai", "jti", "iat", "exp"})
    void rejectsATokenMissingARequiredClaim(String claim) {
        Map<String, Object> payload = new HashMap<>(validPayloadMap());
        payload.remove(claim);
        String token = signWith(FIRST, JWT.create().withPayload(payload));

        assertUnauthenticated(() -> tokens.verify(token), "token is invalid");
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(token), "token is invalid");
    }

    @Test
    void rejectsClaimsOfTheWrongType() {
        List<Consumer<Map<String, Object>>> breakages = List.of(
                payload -> payload.put("oui", 42),
                payload -> payload.put("olu", List.of("ada")),
                payload -> payload.put("oro", "admin"),
                payload -> payload.put("oro", List.of("admin", 7)),
                payload -> payload.put("ode", true),
                payload -> payload.put("oao", 3),
                payload -> payload.put("exp", "tomorrow"),
                payload -> payload.put("oui", "has spaces"));
        for (Consumer<Map<String, Object>> breakage : breakages) {
            Map<String, Object> payload = new HashMap<>(validPayloadMap());
            breakage.accept(payload);
            String token = signWith(FIRST, JWT.create().withPayload(payload));

            assertUnauthenticated(() -> tokens.verify(token), "token is invalid");
        }
    }

    @Test
    void fillsInNoRolesAndAnUnknownDeviceWhenTheTokenOmitsThem() {
        Map<String, Object> payload = new HashMap<>(validPayloadMap());
        payload.remove("oro");
        payload.remove("ode");

        TokenClaims claims = tokens.verify(signWith(FIRST, JWT.create().withPayload(payload)));

        assertThat(claims.roles()).isEmpty();
        assertThat(claims.device()).isEqualTo("unknown");
    }

    @Test
    void afterRotationSignsWithTheNewKeyAndStillVerifiesTheOld() {
        String old = tokens.sign(claims(Optional.empty()));
        keys.insert(SECOND);
        keys.retireAllBut(SECOND.keyId(), START);
        tokens.reload();

        String fresh = tokens.sign(claims(Optional.empty()));

        assertThat(JWT.decode(fresh).getKeyId()).isEqualTo(SECOND.keyId());
        assertThat(tokens.verify(old).slug()).isEqualTo("ada");
        assertThat(tokens.verify(fresh).slug()).isEqualTo("ada");
        assertThat(tokens.currentPublicKeyPem()).isEqualTo(SECOND.publicKeyPem());
    }

    @Test
    void stopsVerifyingAKeyRetiredLongerAgoThanTheRetention() {
        String old = tokens.sign(claims(Optional.empty()));
        keys.insert(SECOND);
        keys.retireAllBut(SECOND.keyId(), START);
        tokens.reload();

        clock.set(START.plus(RETENTION).minusSeconds(1));
        assertThat(tokens.verifyIgnoringExpiry(old).slug()).isEqualTo("ada");

        clock.set(START.plus(RETENTION));
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(old), "token is invalid");
        tokens.reload();
        assertUnauthenticated(() -> tokens.verifyIgnoringExpiry(old), "token is invalid");
        assertThat(tokens.jwks()).extracting(Jwk::kid).containsExactly(SECOND.keyId());
    }

    @Test
    void anUnknownKeyIdReloadsOnceAndFindsAKeyAnotherNodeAdded() {
        keys.insert(SECOND);
        JwtTokens otherNode = new JwtTokens(keys, clock, ISSUER, RETENTION);
        otherNode.reload();
        String token = otherNode.sign(claims(Optional.empty()));
        int readsBefore = keys.reads();

        assertThat(tokens.verify(token).slug()).isEqualTo("ada");
        assertThat(keys.reads()).isEqualTo(readsBefore + 1);
        assertThat(tokens.verify(token).slug()).isEqualTo("ada");
        assertThat(keys.reads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void unknownKeyIdsReloadAtMostOnceEveryFiveSeconds() {
        String[] unknown = new String[4];
        for (int i = 0; i < unknown.length; i++) {
            SigningKey stranger = new SigningKey("unknown" + i, STRANGER.privateKeyPem(), STRANGER.publicKeyPem(),
                    START, Optional.empty());
            unknown[i] = signWith(stranger, validPayload());
        }
        int readsBefore = keys.reads();

        assertUnauthenticated(() -> tokens.verify(unknown[0]), "token is invalid");
        assertUnauthenticated(() -> tokens.verify(unknown[1]), "token is invalid");
        clock.advance(Duration.ofSeconds(4));
        assertUnauthenticated(() -> tokens.verify(unknown[2]), "token is invalid");
        assertThat(keys.reads()).isEqualTo(readsBefore + 1);

        clock.advance(Duration.ofSeconds(1));
        assertUnauthenticated(() -> tokens.verify(unknown[3]), "token is invalid");
        assertThat(keys.reads()).isEqualTo(readsBefore + 2);
    }

    @Test
    void jwksListsEveryVerificationKeySigningKeyFirstWithItsModulusAndExponent() throws Exception {
        keys.insert(SECOND);
        keys.retireAllBut(SECOND.keyId(), START);
        tokens.reload();

        List<Jwk> jwks = tokens.jwks();

        assertThat(jwks).extracting(Jwk::kid).containsExactly(SECOND.keyId(), FIRST.keyId());
        for (Jwk jwk : jwks) {
            assertThat(List.of(jwk.kty(), jwk.use(), jwk.alg())).containsExactly("RSA", "sig", "RS256");
            assertThat(jwk.n() + jwk.e()).doesNotContain("=", "+", "/");
            RSAPublicKey rebuilt = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.n())),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.e()))));
            SigningKey stored = jwk.kid().equals(FIRST.keyId()) ? FIRST : SECOND;
            assertThat(rebuilt).isEqualTo(publicKey(stored));
        }
        assertThat(Base64.getUrlDecoder().decode(jwks.get(0).n())).hasSize(256);
    }

    @Test
    void generatesA2048BitKeyWithAShortIdAndWrappedPems() {
        SigningKey key = tokens.generate(START);

        assertThat(key.keyId()).matches("[0-9A-Za-z]{16}");
        assertThat(key.createdAt()).isEqualTo(START);
        assertThat(key.retiredAt()).isEmpty();
        assertThat(key.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("\n-----END PRIVATE KEY-----\n");
        assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("\n-----END PUBLIC KEY-----\n");
        assertThat(key.privateKeyPem().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        assertThat(key.publicKeyPem().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        assertThat(publicKey(key).getModulus().bitLength()).isEqualTo(2048);
        assertThat(tokens.generate(START).keyId()).isNotEqualTo(key.keyId());
    }

    @Test
    void aGeneratedKeySignsTokensThatVerify() {
        SigningKey key = tokens.generate(START.plusSeconds(1));
        keys.insert(key);
        tokens.reload();

        String token = tokens.sign(claims(Optional.empty()));

        assertThat(JWT.decode(token).getKeyId()).isEqualTo(key.keyId());
        assertThat(tokens.verify(token).slug()).isEqualTo("ada");
    }

    @Test
    void signingFailsWhenThereIsNoUnretiredKey() {
        JwtTokens empty = new JwtTokens(new ListSigningKeyRepository(), clock, ISSUER, RETENTION);
        empty.reload();

        assertThat(empty.hasSigningKey()).isFalse();
        assertThatThrownBy(() -> empty.sign(claims(Optional.empty()))).isInstanceOf(IllegalStateException.class);
        assertThat(tokens.hasSigningKey()).isTrue();
    }

    @Test
    void loadsTheKeysOnFirstUseWhenTheyWereStoredAfterConstruction() {
        ListSigningKeyRepository fresh = new ListSigningKeyRepository();
        JwtTokens lazy = new JwtTokens(fresh, clock, ISSUER, RETENTION);
        fresh.insert(FIRST); // as Bootstrap's SigningKeys.ensureOne() does after the adapters are built

        assertThat(lazy.verify(lazy.sign(claims(Optional.empty()))).slug()).isEqualTo("ada");
    }

    @Test
    void servesTheSigningKeysPublicPem() {
        assertThat(tokens.currentPublicKeyPem()).isEqualTo(FIRST.publicKeyPem());
    }

    private TokenClaims claims(Optional<String> organization) {
        Instant now = clock.instant();
        return new TokenClaims(new UserId("usr_ada"), "ada", List.of("user-svc:user", "user-svc:org:x:admin"),
                new AppId("app_unnamed"), "laptop", organization, "jti_" + now.toEpochMilli(), now, now.plus(LIFETIME));
    }

    private Map<String, Object> validPayloadMap() {
        return Map.of("oui", "usr_ada", "olu", "ada", "oro", List.of("user-svc:user"), "oai", "app_unnamed",
                "ode", "laptop", "jti", "jti_1", "iss", ISSUER, "iat", START.getEpochSecond(),
                "exp", START.plus(LIFETIME).getEpochSecond());
    }

    private JWTCreator.Builder validPayload() {
        return JWT.create().withPayload(validPayloadMap());
    }

    private static String signWith(SigningKey key, JWTCreator.Builder builder) {
        return builder.withKeyId(key.keyId()).sign(rsa256(key));
    }

    private static Algorithm rsa256(SigningKey key) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(der(key.privateKeyPem())));
            return Algorithm.RSA256(publicKey(key), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey publicKey(SigningKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der(key.publicKeyPem())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    private static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String base64Url(String text) {
        return base64Url(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertUnauthenticated(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
