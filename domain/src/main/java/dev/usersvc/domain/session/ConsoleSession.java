package dev.usersvc.domain.session;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One signed-in admin console browser, as every node sees it. {@code idHash} is a hash of the session cookie's
 * value, never the value itself, so the table gives nobody a usable cookie. {@code token} is the signed token the
 * session acts with (refreshed as it expires; never logged); the caller is rebuilt from it. The session ends at
 * {@code expiresAt}: the earlier of the idle deadline (last seen plus the idle timeout) and the maximum lifetime.
 * {@code flash} is a one-shot message for the next page. Times are cut to microseconds, as the stores keep them.
 */
public record ConsoleSession(String idHash, UserId userId, String token, String csrfToken, Instant createdAt,
                             Instant lastSeenAt, Instant expiresAt, Optional<String> flash) {
    public static final int MAX_ID_HASH = 64;
    public static final int MAX_TOKEN = 8192;
    public static final int MAX_CSRF_TOKEN = 64;
    public static final int MAX_FLASH = 500;

    public ConsoleSession {
        Objects.requireNonNull(userId, "userId");
        if (idHash == null || idHash.isEmpty() || idHash.length() > MAX_ID_HASH) {
            throw DomainException.invalid("session id hash must be 1 to " + MAX_ID_HASH + " characters");
        }
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
            throw DomainException.invalid("session token must be 1 to " + MAX_TOKEN + " characters");
        }
        if (csrfToken == null || csrfToken.isEmpty() || csrfToken.length() > MAX_CSRF_TOKEN) {
            throw DomainException.invalid("csrf token must be 1 to " + MAX_CSRF_TOKEN + " characters");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        lastSeenAt = lastSeenAt.truncatedTo(ChronoUnit.MICROS);
        expiresAt = expiresAt.truncatedTo(ChronoUnit.MICROS);
        flash = cut(flash);
    }

    /** Whether the session has ended at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public ConsoleSession seenAt(Instant now, Instant newExpiresAt) {
        return new ConsoleSession(idHash, userId, token, csrfToken, createdAt, now, newExpiresAt, flash);
    }

    public ConsoleSession withToken(String renewed) {
        return new ConsoleSession(idHash, userId, renewed, csrfToken, createdAt, lastSeenAt, expiresAt, flash);
    }

    // a long message is cut rather than refused: a flash must never be why an action fails
    private static Optional<String> cut(Optional<String> flash) {
        return flash.map(message -> message.length() > MAX_FLASH ? message.substring(0, MAX_FLASH) : message);
    }

    @Override
    public String toString() {
        return "ConsoleSession[userId=" + userId + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "]";
    }
}
