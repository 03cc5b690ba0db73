package dev.usersvc.domain.audit;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded write (decision 16): who ({@code actorId}, absent for bootstrap; {@code actorSlug}), what
 * ({@code action} on {@code target}, the id it touched), when ({@code at}) and from where ({@code clientAddress},
 * empty when unknown). {@code detail} is a short note such as the role given: never a password, hash, token or
 * code. Times are cut to microseconds, as the stores keep them.
 */
public record AuditEvent(AuditEventId id, Instant at, Optional<UserId> actorId, String actorSlug, AuditAction action,
                         String target, Optional<AppId> appId, String clientAddress, String detail) {
    public static final int MAX_TARGET = 128;
    public static final int MAX_ACTOR_SLUG = 128;
    public static final int MAX_CLIENT_ADDRESS = 64;
    public static final int MAX_DETAIL = 500;

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        at = at.truncatedTo(ChronoUnit.MICROS);
        if (target == null || target.isEmpty() || target.length() > MAX_TARGET) {
            throw DomainException.invalid("audit target must be 1 to " + MAX_TARGET + " characters");
        }
        actorSlug = cut(actorSlug, MAX_ACTOR_SLUG);
        clientAddress = cut(clientAddress, MAX_CLIENT_ADDRESS);
        // a long note is cut rather than refused: the audit log must never be why a legitimate write fails
        detail = cut(detail, MAX_DETAIL);
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
