package dev.usersvc.persistence.audit;

import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditLogContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresAuditLogTest implements AuditLogContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public AuditLog newAuditLog() {
        return new JdbiAuditLog(db.jdbi());
    }
}
