package dev.usersvc.domain.audit;

import dev.usersvc.domain.Page;

/**
 * The append-only record of writes that change who may do what (decision 16). Use cases call {@link #record}
 * inside the transaction of the change it describes, so an event exists exactly when its change does.
 */
public interface AuditLog {
    void record(AuditEvent event);

    /** Newest first, as {@link AuditQuery} describes; the page's total is not counted (0). */
    Page<AuditEvent> list(AuditQuery query);
}
