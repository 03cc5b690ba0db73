package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.DeviceTokens;
import dev.usersvc.domain.token.Revocation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(TokenRow.class)
@RegisterConstructorMapper(Revocation.class)
@RegisterConstructorMapper(DeviceTokens.class)
public interface TokenDao {
    String COLUMNS = "id, jti, app_id, user_id, device, jwt, active, created_at, expires_at, last_refreshed_at,"
            + " successor_id, revoked_at";

    @SqlUpdate("""
            INSERT INTO tokens (id, jti, app_id, user_id, device, jwt, active, created_at, expires_at,
                                last_refreshed_at, successor_id, revoked_at)
            VALUES (:id, :jti, :appId, :userId, :device, :jwt, :active, :createdAt, :expiresAt,
                    :lastRefreshedAt, :successorId, :revokedAt)""")
    void insert(@BindMethods TokenRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM tokens WHERE jti = :jti")
    Optional<TokenRow> findByJti(String jti);

    @SqlQuery("SELECT " + COLUMNS + " FROM tokens WHERE id = :id")
    Optional<TokenRow> findById(String id);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM tokens
            WHERE user_id = :userId AND app_id = :appId AND device = :device AND active = TRUE AND revoked_at IS NULL
            ORDER BY created_at DESC, id DESC
            LIMIT 1""")
    Optional<TokenRow> findActive(String appId, String userId, String device);

    @SqlUpdate("UPDATE tokens SET active = FALSE WHERE id = :id")
    void deactivate(String id);

    @SqlUpdate("UPDATE tokens SET active = FALSE WHERE user_id = :userId AND app_id = :appId")
    void deactivateInApp(String userId, String appId);

    @SqlUpdate("UPDATE tokens SET active = FALSE WHERE user_id = :userId")
    void deactivateEverywhere(String userId);

    /** The successor_id test makes this a compare-and-set: of two racing refreshes, one updates no row. */
    @SqlUpdate("""
            UPDATE tokens SET successor_id = :successorId, active = FALSE, last_refreshed_at = :now
            WHERE id = :id AND successor_id IS NULL""")
    int claimRefresh(String id, String successorId, Instant now);

    @SqlUpdate("""
            INSERT INTO token_revocations (jti, expires_at)
            SELECT jti, expires_at FROM tokens
            WHERE revoked_at IS NULL AND expires_at > :now
              AND (:userId IS NULL OR user_id = :userId) AND (:device IS NULL OR device = :device)
            ORDER BY created_at, id""")
    void logRevocations(String userId, String device, Instant now);

    @SqlUpdate("""
            UPDATE tokens SET revoked_at = :now, active = FALSE
            WHERE revoked_at IS NULL
              AND (:userId IS NULL OR user_id = :userId) AND (:device IS NULL OR device = :device)""")
    int markRevoked(String userId, String device, Instant now);

    /** Logs first, while the rows still read as unrevoked; both statements commit together. */
    @Transaction
    default int revoke(String userId, String device, Instant now) {
        logRevocations(userId, device, now);
        return markRevoked(userId, device, now);
    }

    @SqlQuery("""
            SELECT sequence, jti, expires_at FROM token_revocations
            WHERE sequence > :sequence AND expires_at > :now
            ORDER BY sequence""")
    List<Revocation> revocationsAfter(long sequence, Instant now);

    @SqlQuery("SELECT COUNT(*) FROM tokens WHERE user_id = :userId AND revoked_at IS NULL")
    long countByUser(String userId);

    @SqlQuery("SELECT COUNT(*) FROM tokens WHERE revoked_at IS NULL AND expires_at > :now")
    long countLive(Instant now);

    @SqlQuery("""
            SELECT device,
                   SUM(CASE WHEN revoked_at IS NULL THEN 1 ELSE 0 END) AS unrevoked,
                   SUM(CASE WHEN revoked_at IS NULL AND expires_at > :now THEN 1 ELSE 0 END) AS live,
                   MAX(created_at) AS last_issued_at
            FROM tokens WHERE user_id = :userId
            GROUP BY device
            ORDER BY last_issued_at DESC, device""")
    List<DeviceTokens> devicesOf(String userId, Instant now);

    @SqlUpdate("DELETE FROM tokens WHERE created_at < :cutoff")
    int purgeTokens(Instant cutoff);

    @SqlUpdate("DELETE FROM token_revocations WHERE expires_at < :cutoff")
    int purgeRevocations(Instant cutoff);

    @Transaction
    default int purge(Instant cutoff) {
        return purgeTokens(cutoff) + purgeRevocations(cutoff);
    }
}
