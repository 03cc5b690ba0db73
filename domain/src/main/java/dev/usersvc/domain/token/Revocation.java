package dev.usersvc.domain.token;

import java.time.Instant;

/** A revoked token id, in the order revocations happened ({@code sequence}), kept until the token expires. */
public record Revocation(long sequence, String jti, Instant expiresAt) {
}
