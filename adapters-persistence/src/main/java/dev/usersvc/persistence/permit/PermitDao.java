package dev.usersvc.persistence.permit;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(PermitRow.class)
@RegisterConstructorMapper(GranteeRow.class)
public interface PermitDao extends SqlObject {
    String COLUMNS = "id, app_id, permission, created_at, updated_at";

    @SqlUpdate("""
            INSERT INTO permits (id, app_id, permission, created_at, updated_at)
            VALUES (:id, :appId, :permission, :createdAt, :updatedAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessTaken(@BindMethods PermitRow row);

    @SqlUpdate("""
            UPDATE permits SET app_id = :appId, permission = :permission, created_at = :createdAt,
                               updated_at = :updatedAt
            WHERE id = :id""")
    void update(@BindMethods PermitRow row);

    @SqlUpdate("DELETE FROM permit_roles WHERE permit_id = :permitId")
    void deleteRoles(String permitId);

    @SqlUpdate("DELETE FROM permit_slugs WHERE permit_id = :permitId")
    void deleteSlugs(String permitId);

    @SqlBatch("INSERT INTO permit_roles (permit_id, position, role) VALUES (:permitId, :position, :grantee)")
    void insertRoles(@BindMethods List<GranteeRow> rows);

    @SqlBatch("INSERT INTO permit_slugs (permit_id, position, slug) VALUES (:permitId, :position, :grantee)")
    void insertSlugs(@BindMethods List<GranteeRow> rows);

    @SqlUpdate("UPDATE cache_versions SET version = version + 1 WHERE name = 'permits'")
    void bumpVersion();

    /** An upsert that never raises a unique violation, so it cannot abort an enclosing PostgreSQL transaction. */
    @Transaction
    default void save(PermitRow row, List<GranteeRow> roles, List<GranteeRow> slugs) {
        if (insertUnlessTaken(row) == 0) {
            update(row);
            deleteRoles(row.id());
            deleteSlugs(row.id());
        }
        if (!roles.isEmpty()) {
            insertRoles(roles);
        }
        if (!slugs.isEmpty()) {
            insertSlugs(slugs);
        }
        bumpVersion();
    }

    @SqlUpdate("DELETE FROM permits WHERE id = :id")
    void deleteRow(String id);

    /** Roles and slugs go with the row (ON DELETE CASCADE). */
    @Transaction
    default void delete(String id) {
        deleteRow(id);
        bumpVersion();
    }

    @SqlQuery("SELECT version FROM cache_versions WHERE name = 'permits'")
    long version();

    @SqlQuery("SELECT " + COLUMNS + " FROM permits WHERE id = :id")
    Optional<PermitRow> findById(String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM permits ORDER BY permission, id")
    List<PermitRow> findAll();

    @SqlQuery("SELECT permit_id, position, role AS grantee FROM permit_roles ORDER BY permit_id, position")
    List<GranteeRow> allRoles();

    @SqlQuery("SELECT permit_id, position, slug AS grantee FROM permit_slugs ORDER BY permit_id, position")
    List<GranteeRow> allSlugs();

    @SqlQuery("""
            SELECT permit_id, position, role AS grantee FROM permit_roles
            WHERE permit_id IN (<permitIds>) ORDER BY permit_id, position""")
    List<GranteeRow> rolesOf(@BindList("permitIds") List<String> permitIds);

    @SqlQuery("""
            SELECT permit_id, position, slug AS grantee FROM permit_slugs
            WHERE permit_id IN (<permitIds>) ORDER BY permit_id, position""")
    List<GranteeRow> slugsOf(@BindList("permitIds") List<String> permitIds);

    @SqlQuery("SELECT COUNT(*) FROM permits")
    long count();
}
