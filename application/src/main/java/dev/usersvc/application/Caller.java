package dev.usersvc.application;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.role.Ownership;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling, as their verified token says. Roles come from the token, never from the store.
 * {@code clientAddress} is where the request came from (the audit log's "from where"), empty when unknown.
 */
public record Caller(UserId userId, String slug, List<String> roles, AppId appId, String device,
                     Optional<String> activeOrganizationId, String jti, Instant expiresAt, String clientAddress) {
    public Caller {
        roles = List.copyOf(roles);
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    /** A caller whose address is unknown. */
    public Caller(UserId userId, String slug, List<String> roles, AppId appId, String device,
                  Optional<String> activeOrganizationId, String jti, Instant expiresAt) {
        this(userId, slug, roles, appId, device, activeOrganizationId, jti, expiresAt, "");
    }

    public static Caller from(TokenClaims claims) {
        return from(claims, "");
    }

    public static Caller from(TokenClaims claims, String clientAddress) {
        return new Caller(claims.userId(), claims.slug(), claims.roles(), claims.appId(), claims.device(),
                claims.activeOrganizationId(), claims.jti(), claims.expiresAt(), clientAddress);
    }

    public Caller withClientAddress(String address) {
        return new Caller(userId, slug, roles, appId, device, activeOrganizationId, jti, expiresAt, address);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN.value());
    }

    public Ownership ownership() {
        return new Ownership(slug, roles);
    }
}
