package dev.usersvc.persistence.token;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.token.DeviceTokens;
import dev.usersvc.domain.token.Revocation;
import dev.usersvc.domain.token.Token;
import dev.usersvc.domain.token.TokenId;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.persistence.SqlErrors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Tokens in {@code tokens}; the revocation log in {@code token_revocations}, ordered by its identity column. */
public final class JdbiTokenRepository implements TokenRepository {
    private final TokenDao dao;

    public JdbiTokenRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(TokenDao.class);
    }

    @Override
    public void insert(Token token) {
        try {
            dao.insert(TokenRow.from(token));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("token is already taken");
            }
            throw e;
        }
    }

    @Override
    public Optional<Token> findByJti(String jti) {
        return dao.findByJti(jti).map(TokenRow::toDomain);
    }

    @Override
    public Optional<Token> findById(TokenId id) {
        return dao.findById(id.value()).map(TokenRow::toDomain);
    }

    @Override
    public Optional<Token> findActive(AppId appId, UserId userId, String device) {
        return dao.findActive(appId.value(), userId.value(), device).map(TokenRow::toDomain);
    }

    @Override
    public void deactivate(TokenId id) {
        dao.deactivate(id.value());
    }

    @Override
    public void deactivateAll(UserId userId, AppId appId) {
        if (appId.isAll()) {
            dao.deactivateEverywhere(userId.value());
        } else {
            dao.deactivateInApp(userId.value(), appId.value());
        }
    }

    @Override
    public boolean claimRefresh(TokenId refreshed, TokenId successor, Instant now) {
        return dao.claimRefresh(refreshed.value(), successor.value(), TokenRow.micros(now)) == 1;
    }

    @Override
    public int revoke(Optional<UserId> userId, Optional<String> device, Instant now) {
        return dao.revoke(userId.map(UserId::value).orElse(null), device.orElse(null), TokenRow.micros(now));
    }

    @Override
    public List<Revocation> revocationsAfter(long sequence, Instant now) {
        return dao.revocationsAfter(sequence, now);
    }

    @Override
    public long countByUser(UserId userId) {
        return dao.countByUser(userId.value());
    }

    @Override
    public long countLive(Instant now) {
        return dao.countLive(now);
    }

    @Override
    public List<DeviceTokens> devicesOf(UserId userId, Instant now) {
        return dao.devicesOf(userId.value(), now);
    }

    @Override
    public int purge(Instant cutoff) {
        return dao.purge(cutoff);
    }
}
