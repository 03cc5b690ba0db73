package dev.usersvc.persistence.audit;

import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditLogContract;
import dev.usersvc.domain.audit.InMemoryAuditLog;

class InMemoryAuditLogTest implements AuditLogContract {
    @Override
    public AuditLog newAuditLog() {
        return new InMemoryAuditLog();
    }
}
