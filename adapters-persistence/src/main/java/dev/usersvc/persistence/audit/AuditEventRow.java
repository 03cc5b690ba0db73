package dev.usersvc.persistence.audit;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditEventId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** One row of {@code audit_events}; an absent actor or app is null. */
public record AuditEventRow(String id, Instant at, String actorId, String actorSlug, String action, String target,
                            String appId, String clientAddress, String detail) {
    static AuditEventRow from(AuditEvent event) {
        return new AuditEventRow(event.id().value(), event.at(), event.actorId().map(UserId::value).orElse(null),
                event.actorSlug(), event.action().value(), event.target(), event.appId().map(AppId::value).orElse(null),
                event.clientAddress(), event.detail());
    }

    AuditEvent toDomain() {
        return new AuditEvent(new AuditEventId(id), at, Optional.ofNullable(actorId).map(UserId::new), actorSlug,
                AuditAction.of(action), target, Optional.ofNullable(appId).map(AppId::new), clientAddress, detail);
    }
}
