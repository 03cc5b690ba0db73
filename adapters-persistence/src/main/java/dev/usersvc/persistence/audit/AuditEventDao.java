package dev.usersvc.persistence.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AuditEventRow.class)
public interface AuditEventDao {
    @SqlUpdate("""
            INSERT INTO audit_events (id, at, actor_id, actor_slug, action, target, app_id, client_address, detail)
            VALUES (:id, :at, :actorId, :actorSlug, :action, :target, :appId, :clientAddress, :detail)""")
    void insert(@BindMethods AuditEventRow row);

    /** Absent filters are null; the cursor is (afterAt, afterId), both null on the first page. */
    @SqlQuery("""
            SELECT id, at, actor_id, actor_slug, action, target, app_id, client_address, detail
              FROM audit_events
             WHERE (CAST(:actorId AS varchar(128)) IS NULL OR actor_id = :actorId)
               AND (CAST(:target AS varchar(128)) IS NULL OR target = :target)
               AND (CAST(:action AS varchar(64)) IS NULL OR action = :action)
               AND (CAST(:fromTime AS timestamp with time zone) IS NULL OR at >= :fromTime)
               AND (CAST(:toTime AS timestamp with time zone) IS NULL OR at < :toTime)
               AND (CAST(:afterAt AS timestamp with time zone) IS NULL
                    OR at < :afterAt OR (at = :afterAt AND id < :afterId))
             ORDER BY at DESC, id DESC
             LIMIT :limit""")
    List<AuditEventRow> list(String actorId, String target, String action, Instant fromTime, Instant toTime,
                             Instant afterAt, String afterId, int limit);
}
