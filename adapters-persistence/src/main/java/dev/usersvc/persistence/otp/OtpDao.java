package dev.usersvc.persistence.otp;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OtpRow.class)
public interface OtpDao {
    @SqlUpdate("""
            INSERT INTO otps (id, app_id, contact_id, platform, code_hash, created_at, expires_at, attempts, used_at)
            VALUES (:id, :appId, :contactId, :platform, :codeHash, :createdAt, :expiresAt, :attempts, :usedAt)""")
    void insert(@BindMethods OtpRow row);

    @SqlQuery("""
            SELECT id, app_id, contact_id, platform, code_hash, created_at, expires_at, attempts, used_at
            FROM otps WHERE id = :id""")
    Optional<OtpRow> findById(String id);

    @SqlUpdate("UPDATE otps SET attempts = attempts + 1 WHERE id = :id")
    void countAttempt(String id);

    @SqlUpdate("UPDATE otps SET used_at = :now WHERE id = :id AND used_at IS NULL")
    int markUsed(String id, Instant now);
}
