package dev.usersvc.application.audit;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditEventId;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes audit events for use cases: who and from where come from the caller, when from the clock. Call it
 * inside the transaction of the change, after the change, so a refused or failed change records nothing.
 */
public final class Audit {
    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Caller caller, AuditAction action, String target, Optional<AppId> appId, String detail) {
        record(Optional.of(caller.userId()), caller.slug(), caller.clientAddress(), action, target, appId, detail);
    }

    public void record(Caller caller, AuditAction action, String target) {
        record(caller, action, target, Optional.empty(), "");
    }

    /** For a write no signed-in caller made, such as a registration: the actor is given by hand. */
    public void record(Optional<UserId> actorId, String actorSlug, String clientAddress, AuditAction action,
                       String target, Optional<AppId> appId, String detail) {
        log.record(new AuditEvent(AuditEventId.random(), clock.instant(), actorId, actorSlug, action, target, appId,
                clientAddress, detail));
    }
}
