package dev.usersvc.application.audit;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditQuery;

/** Lists the audit log, newest first (needs {@code user-svc:audit:view}, FORBIDDEN otherwise). */
public final class ListAuditEvents {
    private final AuditLog log;
    private final Permissions permissions;

    public ListAuditEvents(AuditLog log, Permissions permissions) {
        this.log = log;
        this.permissions = permissions;
    }

    public Page<AuditEvent> handle(Caller caller, AuditQuery query) {
        permissions.require(caller, BuiltInPermissions.AUDIT_VIEW);
        return log.list(query);
    }
}
