package dev.usersvc.persistence.session;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ConsoleSessionRow.class)
public interface ConsoleSessionDao {
    @SqlUpdate("""
            INSERT INTO console_sessions (id_hash, user_id, token, csrf_token, created_at, last_seen_at, expires_at,
                                          flash)
            VALUES (:idHash, :userId, :token, :csrfToken, :createdAt, :lastSeenAt, :expiresAt, :flash)""")
    void insert(@BindMethods ConsoleSessionRow row);

    @SqlQuery("""
            SELECT id_hash, user_id, token, csrf_token, created_at, last_seen_at, expires_at, flash
            FROM console_sessions WHERE id_hash = :idHash""")
    Optional<ConsoleSessionRow> find(String idHash);

    @SqlUpdate("UPDATE console_sessions SET last_seen_at = :lastSeenAt, expires_at = :expiresAt WHERE id_hash = :idHash")
    void touch(String idHash, Instant lastSeenAt, Instant expiresAt);

    @SqlUpdate("UPDATE console_sessions SET token = :token WHERE id_hash = :idHash")
    void renew(String idHash, String token);

    @SqlUpdate("UPDATE console_sessions SET flash = :message WHERE id_hash = :idHash")
    void flash(String idHash, String message);

    // the WHERE on the message makes taking it a compare-and-set: one of two racing pages wins
    @SqlUpdate("UPDATE console_sessions SET flash = NULL WHERE id_hash = :idHash AND flash = :message")
    int takeFlash(String idHash, String message);

    @SqlUpdate("DELETE FROM console_sessions WHERE id_hash = :idHash")
    void delete(String idHash);

    @SqlUpdate("DELETE FROM console_sessions WHERE expires_at <= :now")
    int purge(Instant now);
}
