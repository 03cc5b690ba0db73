package dev.usersvc.persistence.token;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.persistence.SqlErrors;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Signing keys in {@code signing_keys}, shared by every node. */
public final class JdbiSigningKeyRepository implements SigningKeyRepository {
    private final SigningKeyDao dao;

    public JdbiSigningKeyRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(SigningKeyDao.class);
    }

    @Override
    public void insert(SigningKey key) {
        try {
            dao.insert(SigningKeyRow.from(key));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("signing key id is already taken");
            }
            throw e;
        }
    }

    @Override
    public void retireAllBut(String keepKeyId, Instant at) {
        dao.retireAllBut(keepKeyId, TokenRow.micros(at));
    }

    @Override
    public List<SigningKey> findAll() {
        return dao.findAll().stream().map(SigningKeyRow::toDomain).toList();
    }
}
