package dev.usersvc.persistence.organization;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(MembershipRow.class)
public interface MembershipDao {
    String COLUMNS = "organization_id, user_id, app_id, active, created_at";

    @SqlUpdate("""
            INSERT INTO memberships (organization_id, user_id, app_id, active, created_at)
            VALUES (:organizationId, :userId, :appId, :active, :createdAt)""")
    void insert(@BindMethods MembershipRow row);

    @SqlUpdate("UPDATE memberships SET active = :active WHERE organization_id = :organizationId AND user_id = :userId")
    int updateActive(@BindMethods MembershipRow row);

    @SqlUpdate("DELETE FROM memberships WHERE organization_id = :organizationId AND user_id = :userId")
    int delete(String organizationId, String userId);

    @SqlUpdate("""
            UPDATE memberships SET active = (organization_id = :organizationId)
            WHERE user_id = :userId AND app_id = :appId""")
    void setActive(String userId, String appId, String organizationId);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM memberships WHERE organization_id = :organizationId
            ORDER BY created_at, user_id""")
    List<MembershipRow> members(String organizationId);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM memberships WHERE user_id = :userId
            ORDER BY created_at, organization_id""")
    List<MembershipRow> findByUserInEveryApp(String userId);
}
