package dev.usersvc.persistence.user;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ContactRow.class)
public interface ContactDao {
    String COLUMNS = "id, user_id, platform, handle, verified, is_primary, created_at, updated_at";

    @SqlUpdate("""
            INSERT INTO contacts (id, user_id, platform, handle, verified, is_primary, created_at, updated_at)
            VALUES (:id, :userId, :platform, :handle, :verified, :isPrimary, :createdAt, :updatedAt)""")
    void insert(@BindMethods ContactRow row);

    /** A contact stays with the user it was made for, and keeps its creation time. */
    @SqlUpdate("""
            UPDATE contacts
            SET platform = :platform, handle = :handle, verified = :verified, is_primary = :isPrimary,
                updated_at = :updatedAt
            WHERE id = :id""")
    int update(@BindMethods ContactRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM contacts WHERE id = :id")
    Optional<ContactRow> findById(String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM contacts WHERE user_id IN (<userIds>) ORDER BY created_at, id")
    List<ContactRow> findByUsers(@BindList("userIds") List<String> userIds);
}
