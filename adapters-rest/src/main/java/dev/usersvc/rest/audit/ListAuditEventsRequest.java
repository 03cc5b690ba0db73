package dev.usersvc.rest.audit;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEventId;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.Times;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit listing's filters; all optional. {@code afterTime} and {@code afterId} come together, copied from the
 * previous response's {@code nextAfterTime} and {@code nextAfterId}.
 */
public record ListAuditEventsRequest(String actorId, String targetId, String action, String fromTime, String toTime,
                                     String afterTime, String afterId, Integer limit) {
    static final ListAuditEventsRequest EMPTY = new ListAuditEventsRequest(null, null, null, null, null, null, null,
            null);

    AuditQuery toQuery() {
        Optional<Instant> afterAt = Bodies.present(afterTime, value -> Times.parse(value, "afterTime"));
        Optional<AuditEventId> afterEvent = Bodies.present(afterId, AuditEventId::new);
        if (afterAt.isPresent() != afterEvent.isPresent()) {
            throw DomainException.invalid("afterTime and afterId come together");
        }
        Optional<AuditQuery.Cursor> cursor = afterAt.map(at -> new AuditQuery.Cursor(at, afterEvent.orElseThrow()));
        return new AuditQuery(Bodies.present(actorId, UserId::new), Bodies.present(targetId),
                Bodies.present(action, AuditAction::of),
                Bodies.present(fromTime, value -> Times.parse(value, "fromTime")),
                Bodies.present(toTime, value -> Times.parse(value, "toTime")), cursor,
                limit == null ? AuditQuery.DEFAULT_LIMIT : limit);
    }
}
