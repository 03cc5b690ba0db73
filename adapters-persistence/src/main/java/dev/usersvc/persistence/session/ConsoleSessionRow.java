package dev.usersvc.persistence.session;

import dev.usersvc.domain.session.ConsoleSession;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** One row of {@code console_sessions}; {@code flash} is null when there is none. */
public record ConsoleSessionRow(String idHash, String userId, String token, String csrfToken, Instant createdAt,
                                Instant lastSeenAt, Instant expiresAt, String flash) {
    static ConsoleSessionRow from(ConsoleSession session) {
        return new ConsoleSessionRow(session.idHash(), session.userId().value(), session.token(),
                session.csrfToken(), session.createdAt(), session.lastSeenAt(), session.expiresAt(),
                session.flash().orElse(null));
    }

    ConsoleSession toDomain() {
        return new ConsoleSession(idHash, new UserId(userId), token, csrfToken, createdAt, lastSeenAt, expiresAt,
                Optional.ofNullable(flash));
    }

    @Override
    public String toString() {
        return "ConsoleSessionRow[userId=" + userId + "]"; // never the token
    }
}
