package dev.usersvc.persistence.user;

import java.util.List;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(UserRow.class)
@RegisterConstructorMapper(LabelRow.class)
public interface UserDao extends SqlObject {
    String COLUMNS = "id, slug, name, type, thumbnail_file_id, password_hash, created_at, updated_at";

    /**
     * ON CONFLICT DO NOTHING (accepted by PostgreSQL and by H2 in PostgreSQL mode) turns a taken slug, id or
     * creation time into "0 rows" instead of an error, so an enclosing PostgreSQL transaction is never aborted.
     */
    @SqlUpdate("""
            INSERT INTO users (id, slug, name, type, thumbnail_file_id, password_hash, created_at, updated_at)
            VALUES (:id, :slug, :name, :type, :thumbnailFileId, :passwordHash, :createdAt, :updatedAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessTaken(@BindMethods UserRow row);

    @SqlBatch("INSERT INTO user_labels (user_id, label_key, label_value) VALUES (:userId, :labelKey, :labelValue)")
    void insertLabels(@BindMethods List<LabelRow> labels);

    @SqlUpdate("DELETE FROM user_labels WHERE user_id = :userId")
    void deleteLabels(String userId);

    @Transaction
    default int insert(UserRow row, List<LabelRow> labels) {
        int inserted = insertUnlessTaken(row);
        if (inserted == 1 && !labels.isEmpty()) {
            insertLabels(labels);
        }
        return inserted;
    }

    /** Never touches created_at: it is the listing's paging key and stays as first stored. */
    @SqlUpdate("""
            UPDATE users
            SET slug = :slug, name = :name, type = :type, thumbnail_file_id = :thumbnailFileId,
                password_hash = :passwordHash, updated_at = :updatedAt
            WHERE id = :id""")
    int updateRow(@BindMethods UserRow row);

    @Transaction
    default int update(UserRow row, List<LabelRow> labels) {
        int updated = updateRow(row);
        if (updated == 1) {
            deleteLabels(row.id());
            if (!labels.isEmpty()) {
                insertLabels(labels);
            }
        }
        return updated;
    }

    @SqlQuery("SELECT user_id, label_key, label_value FROM user_labels WHERE user_id IN (<userIds>)")
    List<LabelRow> labelsOf(@BindList("userIds") List<String> userIds);

    @SqlQuery("SELECT COUNT(*) FROM users WHERE slug = :slug")
    int countBySlug(String slug);

    @SqlQuery("SELECT COUNT(*) FROM users WHERE id = :id")
    int countById(String id);

    @SqlUpdate("DELETE FROM enrolls WHERE user_id = :userId")
    void deleteEnrollsOf(String userId);

    @SqlUpdate("DELETE FROM tokens WHERE user_id = :userId")
    void deleteTokensOf(String userId);

    @SqlUpdate("DELETE FROM memberships WHERE user_id = :userId")
    void deleteMembershipsOf(String userId);

    /** Contacts and labels go with the row (foreign keys ON DELETE CASCADE). */
    @SqlUpdate("DELETE FROM users WHERE id = :id")
    int deleteRow(String id);

    @Transaction
    default int delete(String id) {
        int deleted = deleteRow(id);
        if (deleted == 1) {
            deleteEnrollsOf(id);
            deleteTokensOf(id);
            deleteMembershipsOf(id);
        }
        return deleted;
    }

    @SqlQuery("SELECT COUNT(*) FROM users")
    long count();

    @SqlQuery("SELECT COUNT(*) FROM users WHERE type = :type")
    long countByType(String type);
}
