package dev.usersvc.rest.token;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Ids;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.token.SigningKeyGenerator;
import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenIssuer;
import dev.usersvc.domain.token.TokenVerifier;
import dev.usersvc.domain.user.UserId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and verifies RS256 tokens with the signing keys kept in the store, and makes new key pairs.
 *
 * <p>The parsed keys are held in memory and replaced as a whole by {@link #reload()}. A token naming a key this
 * node has not loaded yet (another node rotated) triggers one reload, at most every {@link #MISS_RELOAD_INTERVAL},
 * so a flood of forged key ids cannot turn into a flood of database reads.
 */
public final class JwtTokens implements TokenIssuer, TokenVerifier, SigningKeyGenerator {
    /** Decision 4 allows at most 60 s of clock leeway between nodes. */
    static final long LEEWAY_SECONDS = 60;
    static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(JwtTokens.class);
    private static final String ALGORITHM = "RS256";
    private static final int KEY_BITS = 2048;
    private static final int KEY_ID_LENGTH = 16;
    // verifyIgnoringExpiry: java-jwt has no "skip exp" switch, so accept any exp within a millennium. The refresh
    // window is enforced by the use case from the stored token, not here.
    private static final long IGNORED_EXPIRY_SECONDS = Duration.ofDays(365L * 1000).toSeconds();
    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    private final SigningKeyRepository keys;
    private final Clock clock;
    private final String issuer;
    private final Duration verificationKeyRetention;
    private final AtomicReference<Instant> lastMissReload = new AtomicReference<>();
    private volatile KeyRing ring = KeyRing.EMPTY;

    public JwtTokens(SigningKeyRepository keys, Clock clock, String issuer, Duration verificationKeyRetention) {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer must not be blank");
        }
        this.keys = keys;
        this.clock = clock;
        this.issuer = issuer;
        this.verificationKeyRetention = verificationKeyRetention;
    }

    /**
     * Reads every key from the store and swaps in the parsed set. Fails with {@link IllegalStateException} when a
     * stored key cannot be parsed: a corrupt key should stop startup, not be skipped silently.
     */
    public void reload() {
        Instant now = clock.instant();
        Map<String, ParsedKey> known = ring.byId();
        List<ParsedKey> usable = new ArrayList<>();
        for (SigningKey key : keys.findAll()) {
            if (isVerifiable(key, now)) {
                // nodes reload every sync interval: parse (RSA decoding, verifiers) only new or changed keys
                ParsedKey parsed = known.get(key.keyId());
                usable.add(parsed != null && parsed.stored().equals(key) ? parsed : parse(key));
            }
        }
        Comparator<ParsedKey> newestFirst = Comparator
                .comparing((ParsedKey key) -> key.stored().createdAt())
                .thenComparing(key -> key.stored().keyId())
                .reversed();
        usable.sort(newestFirst);
        ParsedKey signing = usable.stream().filter(key -> key.stored().retiredAt().isEmpty()).findFirst().orElse(null);
        Map<String, ParsedKey> byId = new LinkedHashMap<>();
        if (signing != null) {
            byId.put(signing.stored().keyId(), signing);
        }
        usable.forEach(key -> byId.putIfAbsent(key.stored().keyId(), key));
        ring = new KeyRing(signing, Map.copyOf(byId), List.copyOf(byId.values()));
    }

    public boolean hasSigningKey() {
        return ring.signing() != null;
    }

    @Override
    public String sign(TokenClaims claims) {
        ParsedKey key = signingKey();
        JWTCreator.Builder builder = JWT.create()
                .withKeyId(key.stored().keyId())
                .withClaim("oui", claims.userId().value())
                .withClaim("olu", claims.slug())
                .withArrayClaim("oro", claims.roles().toArray(String[]::new))
                .withClaim("oai", claims.appId().value())
                .withClaim("ode", claims.device())
                .withJWTId(claims.jti())
                .withIssuedAt(claims.issuedAt())
                .withExpiresAt(claims.expiresAt())
                .withIssuer(issuer);
        claims.activeOrganizationId().ifPresent(organizationId -> builder.withClaim("oao", organizationId));
        return builder.sign(key.algorithm());
    }

    @Override
    public TokenClaims verify(String token) {
        return verify(token, true);
    }

    @Override
    public TokenClaims verifyIgnoringExpiry(String token) {
        return verify(token, false);
    }

    @Override
    public SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            String keyId = Ids.randomBase62().substring(0, KEY_ID_LENGTH);
            return new SigningKey(keyId, pem(PRIVATE_PEM, pair.getPrivate().getEncoded()),
                    pem(PUBLIC_PEM, pair.getPublic().getEncoded()), now, Optional.empty());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys", e);
        }
    }

    /** The public key that signs new tokens, as PEM, for {@code GET /user-svc/public-key}. */
    public String currentPublicKeyPem() {
        return signingKey().stored().publicKeyPem();
    }

    /** Every key still accepted for verification, the signing key first, for {@code /.well-known/jwks.json}. */
    public List<Jwk> jwks() {
        Instant now = clock.instant();
        return ring.ordered().stream()
                .filter(key -> isVerifiable(key.stored(), now))
                .map(key -> new Jwk("RSA", "sig", ALGORITHM, key.stored().keyId(),
                        unsignedBase64Url(key.publicKey().getModulus()),
                        unsignedBase64Url(key.publicKey().getPublicExponent())))
                .toList();
    }

    private ParsedKey signingKey() {
        ParsedKey signing = ring.signing();
        if (signing == null && reloadAfterMiss()) {
            signing = ring.signing();
        }
        if (signing == null) {
            throw new IllegalStateException("no signing key is loaded");
        }
        return signing;
    }

    // Every failure, whatever its type, becomes UNAUTHENTICATED: the port promises it and the REST layer must never
    // answer 500 for a client's bad token. Messages stay generic so they reveal nothing about keys.
    private TokenClaims verify(String token, boolean checkExpiry) {
        try {
            DecodedJWT decoded = JWT.decode(token);
            if (!ALGORITHM.equals(decoded.getAlgorithm()) || decoded.getKeyId() == null) {
                throw invalid();
            }
            ParsedKey key = verificationKey(decoded.getKeyId());
            (checkExpiry ? key.verifier() : key.verifierIgnoringExpiry()).verify(decoded);
            return claimsOf(decoded);
        } catch (TokenExpiredException e) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "token is expired");
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private ParsedKey verificationKey(String keyId) {
        ParsedKey key = ring.byId().get(keyId);
        if (key == null && reloadAfterMiss()) {
            key = ring.byId().get(keyId);
        }
        if (key == null || !isVerifiable(key.stored(), clock.instant())) {
            throw invalid();
        }
        return key;
    }

    /** Reloads unless another miss did so less than {@link #MISS_RELOAD_INTERVAL} ago. True when it reloaded. */
    private boolean reloadAfterMiss() {
        Instant now = clock.instant();
        Instant last = lastMissReload.get();
        if (last != null && now.isBefore(last.plus(MISS_RELOAD_INTERVAL))) {
            return false;
        }
        if (!lastMissReload.compareAndSet(last, now)) {
            return false; // another thread is reloading right now
        }
        try {
            reload();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("reloading signing keys failed; keeping the keys loaded before", e);
            return false;
        }
    }

    private TokenClaims claimsOf(DecodedJWT jwt) {
        Instant issuedAt = jwt.getIssuedAtAsInstant();
        Instant expiresAt = jwt.getExpiresAtAsInstant();
        if (issuedAt == null || expiresAt == null) {
            throw invalid();
        }
        return new TokenClaims(new UserId(requiredString(jwt, "oui")), requiredString(jwt, "olu"), roles(jwt),
                new AppId(requiredString(jwt, "oai")), optionalString(jwt, "ode").orElse("unknown"),
                optionalString(jwt, "oao"), requiredString(jwt, "jti"), issuedAt, expiresAt);
    }

    private static String requiredString(DecodedJWT jwt, String name) {
        return optionalString(jwt, name).orElseThrow(JwtTokens::invalid);
    }

    /** Empty when absent or null; a present value of another JSON type is rejected, not coerced. */
    private static Optional<String> optionalString(DecodedJWT jwt, String name) {
        Claim claim = jwt.getClaim(name);
        if (claim.isMissing() || claim.isNull()) {
            return Optional.empty();
        }
        String value = claim.asString();
        if (value == null) {
            throw invalid();
        }
        return Optional.of(value);
    }

    private static List<String> roles(DecodedJWT jwt) {
        Claim claim = jwt.getClaim("oro");
        if (claim.isMissing() || claim.isNull()) {
            return List.of();
        }
        List<Object> raw = claim.asList(Object.class);
        if (raw == null || !raw.stream().allMatch(String.class::isInstance)) {
            throw invalid();
        }
        return raw.stream().map(String.class::cast).toList();
    }

    private boolean isVerifiable(SigningKey key, Instant now) {
        return key.retiredAt().map(retired -> now.isBefore(retired.plus(verificationKeyRetention))).orElse(true);
    }

    private ParsedKey parse(SigningKey key) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(unarmour(key.privateKeyPem())));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(unarmour(key.publicKeyPem())));
            Algorithm algorithm = Algorithm.RSA256(publicKey, privateKey);
            JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                    .withIssuer(issuer)
                    .acceptLeeway(LEEWAY_SECONDS))
                    .build(clock);
            JWTVerifier verifierIgnoringExpiry = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                    .withIssuer(issuer)
                    .acceptLeeway(LEEWAY_SECONDS)
                    .acceptExpiresAt(IGNORED_EXPIRY_SECONDS))
                    .build(clock);
            return new ParsedKey(key, publicKey, algorithm, verifier, verifierIgnoringExpiry);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            // The message names the key id only: never the key material.
            throw new IllegalStateException("signing key " + key.keyId() + " cannot be parsed", e);
        }
    }

    private static byte[] unarmour(String pem) {
        String body = pem.lines()
                .filter(line -> !line.startsWith("-----"))
                .reduce("", String::concat);
        return Base64.getMimeDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static String unsignedBase64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // the sign byte BigInteger adds; JWK wants unsigned
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static DomainException invalid() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, "token is invalid");
    }

    private record ParsedKey(SigningKey stored, RSAPublicKey publicKey, Algorithm algorithm, JWTVerifier verifier,
                             JWTVerifier verifierIgnoringExpiry) {
    }

    /** An immutable snapshot, swapped whole so readers never see half a reload. */
    private record KeyRing(ParsedKey signing, Map<String, ParsedKey> byId, List<ParsedKey> ordered) {
        static final KeyRing EMPTY = new KeyRing(null, Map.of(), List.of());
    }
}
