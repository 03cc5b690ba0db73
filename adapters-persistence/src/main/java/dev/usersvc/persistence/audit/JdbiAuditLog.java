package dev.usersvc.persistence.audit;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;

/** The audit log in the {@code audit_events} table, read newest first by (at, id). */
public final class JdbiAuditLog implements AuditLog {
    private final AuditEventDao dao;

    public JdbiAuditLog(Jdbi jdbi) {
        this.dao = jdbi.onDemand(AuditEventDao.class);
    }

    @Override
    public void record(AuditEvent event) {
        try {
            dao.insert(AuditEventRow.from(event));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("audit event id is already taken");
            }
            throw e;
        }
    }

    @Override
    public Page<AuditEvent> list(AuditQuery query) {
        return new Page<>(dao.list(query.actorId().map(UserId::value).orElse(null), query.target().orElse(null),
                query.action().map(AuditAction::value).orElse(null), query.from().orElse(null),
                query.to().orElse(null), query.after().map(AuditQuery.Cursor::at).orElse(null),
                query.after().map(cursor -> cursor.id().value()).orElse(null), query.limit())
                .stream().map(AuditEventRow::toDomain).toList(), 0);
    }
}
