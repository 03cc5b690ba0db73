package dev.usersvc.persistence.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OrganizationRow.class)
public interface OrganizationDao {
    String COLUMNS = "id, app_id, name, slug, thumbnail_file_id, created_at, updated_at";

    @SqlUpdate("""
            INSERT INTO organizations (id, app_id, name, slug, thumbnail_file_id, created_at, updated_at)
            VALUES (:id, :appId, :name, :slug, :thumbnailFileId, :createdAt, :updatedAt)""")
    void insert(@BindMethods OrganizationRow row);

    /** The app and creation time never change: they place the organization in listings. */
    @SqlUpdate("""
            UPDATE organizations SET name = :name, slug = :slug, thumbnail_file_id = :thumbnailFileId,
                updated_at = :updatedAt
            WHERE id = :id""")
    int update(@BindMethods OrganizationRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM organizations WHERE id = :id")
    Optional<OrganizationRow> findById(String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM organizations WHERE app_id = :appId AND slug = :slug")
    Optional<OrganizationRow> findBySlug(String appId, String slug);

    @SqlQuery("SELECT COUNT(*) FROM organizations WHERE app_id = :appId AND slug = :slug AND id <> :id")
    int countSlugTakenByOther(String appId, String slug, String id);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM organizations
            WHERE app_id = :appId AND (CAST(:after AS timestamp with time zone) IS NULL OR created_at > :after)
            ORDER BY created_at, id
            LIMIT :limit""")
    List<OrganizationRow> list(String appId, Instant after, int limit);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM organizations
            WHERE app_id = :appId AND id IN (<ids>)
              AND (CAST(:after AS timestamp with time zone) IS NULL OR created_at > :after)
            ORDER BY created_at, id
            LIMIT :limit""")
    List<OrganizationRow> listByIds(String appId, @BindList("ids") List<String> ids, Instant after, int limit);

    @SqlQuery("SELECT COUNT(*) FROM organizations")
    long count();
}
