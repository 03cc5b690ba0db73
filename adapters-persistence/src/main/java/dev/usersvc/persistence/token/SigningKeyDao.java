package dev.usersvc.persistence.token;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SigningKeyRow.class)
public interface SigningKeyDao {
    @SqlUpdate("""
            INSERT INTO signing_keys (key_id, private_key_pem, public_key_pem, created_at, retired_at)
            VALUES (:keyId, :privateKeyPem, :publicKeyPem, :createdAt, :retiredAt)""")
    void insert(@BindMethods SigningKeyRow row);

    @SqlUpdate("UPDATE signing_keys SET retired_at = :at WHERE key_id <> :keepKeyId AND retired_at IS NULL")
    void retireAllBut(String keepKeyId, Instant at);

    @SqlQuery("""
            SELECT key_id, private_key_pem, public_key_pem, created_at, retired_at FROM signing_keys
            ORDER BY created_at DESC, key_id DESC""")
    List<SigningKeyRow> findAll();
}
