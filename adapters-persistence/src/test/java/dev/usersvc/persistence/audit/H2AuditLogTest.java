package dev.usersvc.persistence.audit;

import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditLogContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2AuditLogTest implements AuditLogContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public AuditLog newAuditLog() {
        return new JdbiAuditLog(db.jdbi());
    }
}
