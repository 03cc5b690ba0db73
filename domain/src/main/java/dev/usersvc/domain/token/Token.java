package dev.usersvc.domain.token;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A minted token as stored server-side, so it can be reused at login, refreshed and revoked. {@code active}
 * marks the token login may hand out again for its (app, user, device); a role change clears it.
 * {@code successorId} is set once the token has been refreshed.
 */
public record Token(TokenId id, String jti, AppId appId, UserId userId, String device, String jwt, boolean active,
                    Instant createdAt, Instant expiresAt, Optional<Instant> lastRefreshedAt,
                    Optional<TokenId> successorId, Optional<Instant> revokedAt) {

    public static Token minted(TokenClaims claims, String jwt) {
        return new Token(TokenId.random(), claims.jti(), claims.appId(), claims.userId(), claims.device(), jwt,
                true, claims.issuedAt(), claims.expiresAt(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
