package dev.usersvc.domain.audit;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A listing of audit events, newest first (by time, then id). Filters are ANDed; {@code from} is inclusive and
 * {@code to} exclusive. {@code after} is a keyset cursor: the (time, id) of the last event of the previous page,
 * so a page costs the same however deep it is and paging never skips or repeats an event.
 */
public record AuditQuery(Optional<UserId> actorId, Optional<String> target, Optional<AuditAction> action,
                         Optional<Instant> from, Optional<Instant> to, Optional<Cursor> after, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** Where the previous page ended. */
    public record Cursor(Instant at, AuditEventId id) {
        public static Cursor of(AuditEvent event) {
            return new Cursor(event.at(), event.id());
        }
    }

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static AuditQuery firstPage(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    public AuditQuery after(AuditEvent last) {
        return new AuditQuery(actorId, target, action, from, to, Optional.of(Cursor.of(last)), limit);
    }

    /** Whether the event passes the filters and lies after the cursor; stores that filter in memory use it. */
    public boolean matches(AuditEvent event) {
        return actorId.map(id -> event.actorId().equals(Optional.of(id))).orElse(true)
                && target.map(event.target()::equals).orElse(true)
                && action.map(event.action()::equals).orElse(true)
                && from.map(time -> !event.at().isBefore(time)).orElse(true)
                && to.map(event.at()::isBefore).orElse(true)
                && after.map(cursor -> event.at().isBefore(cursor.at())
                        || event.at().equals(cursor.at()) && event.id().value().compareTo(cursor.id().value()) < 0)
                        .orElse(true);
    }
}
