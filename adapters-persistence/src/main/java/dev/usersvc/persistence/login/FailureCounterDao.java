package dev.usersvc.persistence.login;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(FailureCounterRow.class)
public interface FailureCounterDao {
    @SqlQuery("""
            SELECT failure_key, failures, window_started_at, blocked_until FROM login_failures
            WHERE failure_key = :key""")
    Optional<FailureCounterRow> find(String key);

    @SqlUpdate("""
            UPDATE login_failures
            SET failures = :failures, window_started_at = :windowStartedAt, blocked_until = :blockedUntil
            WHERE failure_key = :failureKey""")
    int update(@BindMethods FailureCounterRow row);

    @SqlUpdate("""
            INSERT INTO login_failures (failure_key, failures, window_started_at, blocked_until)
            VALUES (:failureKey, :failures, :windowStartedAt, :blockedUntil)
            ON CONFLICT DO NOTHING""")
    int insertUnlessTaken(@BindMethods FailureCounterRow row);

    /**
     * A portable upsert. A racing insert of the same key makes ours insert nothing (ON CONFLICT DO NOTHING
     * instead of a unique violation, which would abort an enclosing PostgreSQL transaction); the row then
     * exists, so the second update lands.
     */
    default void save(FailureCounterRow row) {
        if (update(row) == 0 && insertUnlessTaken(row) == 0) {
            update(row);
        }
    }

    @SqlUpdate("DELETE FROM login_failures WHERE failure_key = :key")
    void delete(String key);
}
