package dev.usersvc.application;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.Ids;
import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.token.SigningKeyGenerator;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenIssuer;
import dev.usersvc.domain.token.TokenVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing without cryptography: a token is {@code fake.<random>} and "verifies" while this instance remembers it.
 * Expiry is read from the remembered claims against the clock, as a JWT verifier would (without leeway).
 */
public final class FakeTokens implements TokenIssuer, TokenVerifier, SigningKeyGenerator {
    private final Map<String, TokenClaims> signed = new ConcurrentHashMap<>();
    private final Clock clock;

    public FakeTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String sign(TokenClaims claims) {
        String token = "fake." + Ids.randomBase62();
        signed.put(token, claims);
        return token;
    }

    @Override
    public TokenClaims verify(String token) {
        TokenClaims claims = verifyIgnoringExpiry(token);
        if (claims.expiresAt().isBefore(clock.instant())) {
            throw DomainException.unauthenticated("token has expired");
        }
        return claims;
    }

    @Override
    public TokenClaims verifyIgnoringExpiry(String token) {
        TokenClaims claims = token == null ? null : signed.get(token);
        if (claims == null) {
            throw DomainException.unauthenticated("invalid token");
        }
        return claims;
    }

    @Override
    public SigningKey generate(Instant now) {
        String keyId = Ids.random("key");
        return new SigningKey(keyId, "fake private " + keyId, "fake public " + keyId, now, Optional.empty());
    }
}
