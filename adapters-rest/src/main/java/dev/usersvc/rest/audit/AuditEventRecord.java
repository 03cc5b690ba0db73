package dev.usersvc.rest.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Times;

/** One audit event on the wire; absent or empty optional fields are left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AuditEventRecord(String id, String at, String actorId, String actorSlug, String action,
                               String targetId, String appId, String clientAddress, String detail) {
    static AuditEventRecord from(AuditEvent event) {
        return new AuditEventRecord(event.id().value(), Times.format(event.at()),
                event.actorId().map(UserId::value).orElse(null), event.actorSlug(), event.action().value(),
                event.target(), event.appId().map(AppId::value).orElse(null), event.clientAddress(), event.detail());
    }
}
