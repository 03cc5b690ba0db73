package dev.usersvc.persistence.token;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.token.Token;
import dev.usersvc.domain.token.TokenId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One row of {@code tokens}; nullable columns are null here. Times are cut to microseconds. */
public record TokenRow(String id, String jti, String appId, String userId, String device, String jwt, boolean active,
                       Instant createdAt, Instant expiresAt, Instant lastRefreshedAt, String successorId,
                       Instant revokedAt) {
    static TokenRow from(Token token) {
        return new TokenRow(token.id().value(), token.jti(), token.appId().value(), token.userId().value(),
                token.device(), token.jwt(), token.active(), micros(token.createdAt()), micros(token.expiresAt()),
                token.lastRefreshedAt().map(TokenRow::micros).orElse(null),
                token.successorId().map(TokenId::value).orElse(null),
                token.revokedAt().map(TokenRow::micros).orElse(null));
    }

    Token toDomain() {
        return new Token(new TokenId(id), jti, new AppId(appId), new UserId(userId), device, jwt, active, createdAt,
                expiresAt, Optional.ofNullable(lastRefreshedAt), Optional.ofNullable(successorId).map(TokenId::new),
                Optional.ofNullable(revokedAt));
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
