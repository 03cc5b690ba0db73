package dev.usersvc.persistence.enroll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(EnrollRow.class)
public interface EnrollDao {
    String COLUMNS = "id, app_id, role, user_id, contact_id, created_by, created_at, updated_at";

    @SqlUpdate("""
            INSERT INTO enrolls (id, app_id, role, user_id, contact_id, created_by, created_at, updated_at)
            VALUES (:id, :appId, :role, :userId, :contactId, :createdBy, :createdAt, :updatedAt)""")
    void insert(@BindMethods EnrollRow row);

    @SqlUpdate("""
            UPDATE enrolls
            SET app_id = :appId, role = :role, user_id = :userId, contact_id = :contactId, created_by = :createdBy,
                created_at = :createdAt, updated_at = :updatedAt
            WHERE id = :id""")
    int update(@BindMethods EnrollRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM enrolls WHERE id = :id")
    Optional<EnrollRow> findById(String id);

    @SqlQuery("""
            SELECT DISTINCT role FROM enrolls
            WHERE (app_id = :appId OR app_id = '*') AND user_id = :userId""")
    Set<String> rolesOfUser(String userId, String appId);

    @SqlQuery("""
            SELECT DISTINCT role FROM enrolls
            WHERE (app_id = :appId OR app_id = '*') AND (user_id = :userId OR contact_id IN (<contactIds>))""")
    Set<String> rolesOfUserOrContacts(String userId, @BindList("contactIds") List<String> contactIds, String appId);

    @SqlQuery("SELECT COUNT(*) FROM enrolls WHERE user_id = :userId AND role = :role")
    long countByUserAndRole(String userId, String role);

    @SqlQuery("SELECT COUNT(*) FROM enrolls WHERE app_id = :appId AND user_id = :userId AND role = :role")
    long countInApp(String appId, String userId, String role);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM enrolls
            WHERE (:role IS NULL OR role = :role) AND (:userId IS NULL OR user_id = :userId)
              AND (:contactId IS NULL OR contact_id = :contactId) AND (:appId IS NULL OR app_id = :appId)
            ORDER BY created_at, id""")
    List<EnrollRow> list(String role, String userId, String contactId, String appId);

    /** Newest first; the cursor is (afterAt, afterId), both null on the first page. */
    @SqlQuery("SELECT " + COLUMNS + """
             FROM enrolls
            WHERE (:role IS NULL OR role = :role) AND (:userId IS NULL OR user_id = :userId)
              AND (:contactId IS NULL OR contact_id = :contactId) AND (:appId IS NULL OR app_id = :appId)
              AND (CAST(:afterAt AS timestamp with time zone) IS NULL
                   OR created_at < :afterAt OR (created_at = :afterAt AND id < :afterId))
            ORDER BY created_at DESC, id DESC
            LIMIT :limit""")
    List<EnrollRow> page(String role, String userId, String contactId, String appId, Instant afterAt,
                         String afterId, int limit);

    @SqlUpdate("DELETE FROM enrolls WHERE id = :id")
    void delete(String id);

    @SqlUpdate("DELETE FROM enrolls WHERE app_id = :appId AND user_id = :userId AND role = :role")
    int deleteRole(String appId, String userId, String role);
}
