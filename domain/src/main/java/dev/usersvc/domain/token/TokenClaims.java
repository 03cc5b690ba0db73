package dev.usersvc.domain.token;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a signed token says: who, with which roles, in which app and organization, until when. */
public record TokenClaims(UserId userId, String slug, List<String> roles, AppId appId, String device,
                          Optional<String> activeOrganizationId, String jti, Instant issuedAt, Instant expiresAt) {
    public TokenClaims {
        roles = List.copyOf(roles);
    }
}
