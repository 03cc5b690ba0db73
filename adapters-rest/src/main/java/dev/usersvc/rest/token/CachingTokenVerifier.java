package dev.usersvc.rest.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Remembers tokens that already passed verification. RS256 verification costs about 50 µs of CPU, and the hot path
 * sees the same bearer token on request after request, so a hit skips the signature check. Expiry is still checked
 * on every hit against the clock, with the same leeway as {@link JwtTokens}, so a cached token never outlives its
 * {@code exp}. Revocation is not this class's business: the caller checks the {@code jti} after verifying.
 * Failures are never cached, and {@link #verifyIgnoringExpiry} (refresh only, rare) always goes to the delegate.
 */
public final class CachingTokenVerifier implements TokenVerifier {
    public static final int DEFAULT_MAXIMUM_SIZE = 10_000;

    private static final Duration LEEWAY = Duration.ofSeconds(JwtTokens.LEEWAY_SECONDS);

    private final TokenVerifier delegate;
    private final Clock clock;
    private final Cache<String, TokenClaims> verified;

    public CachingTokenVerifier(TokenVerifier delegate, Clock clock) {
        this(delegate, clock, DEFAULT_MAXIMUM_SIZE);
    }

    public CachingTokenVerifier(TokenVerifier delegate, Clock clock, int maximumSize) {
        this.delegate = delegate;
        this.clock = clock;
        // Entries leave once their token can no longer pass, so the cache holds live tokens only.
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, TokenClaims>creating((token, claims) -> timeLeft(claims)))
                .build();
    }

    @Override
    public TokenClaims verify(String token) {
        if (token == null) {
            return delegate.verify(null);
        }
        TokenClaims cached = verified.getIfPresent(token);
        if (cached == null) {
            TokenClaims claims = delegate.verify(token);
            verified.put(token, claims);
            return claims;
        }
        if (isExpired(cached)) {
            verified.invalidate(token);
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "token is expired");
        }
        return cached;
    }

    @Override
    public TokenClaims verifyIgnoringExpiry(String token) {
        return delegate.verifyIgnoringExpiry(token);
    }

    // Same rule as java-jwt's exp check: whole seconds, expired once now - leeway is after exp.
    private boolean isExpired(TokenClaims claims) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return now.minus(LEEWAY).isAfter(claims.expiresAt());
    }

    private Duration timeLeft(TokenClaims claims) {
        Duration left = Duration.between(clock.instant(), claims.expiresAt().plus(LEEWAY));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
