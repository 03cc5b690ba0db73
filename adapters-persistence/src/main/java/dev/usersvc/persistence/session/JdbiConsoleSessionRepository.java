package dev.usersvc.persistence.session;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.session.ConsoleSession;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.persistence.SqlErrors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Console sessions in {@code console_sessions}, keyed by the hash of the cookie value. */
public final class JdbiConsoleSessionRepository implements ConsoleSessionRepository {
    private final ConsoleSessionDao dao;

    public JdbiConsoleSessionRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(ConsoleSessionDao.class);
    }

    @Override
    public void insert(ConsoleSession session) {
        try {
            dao.insert(ConsoleSessionRow.from(session));
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("session id is already taken");
            }
            throw e;
        }
    }

    @Override
    public Optional<ConsoleSession> find(String idHash) {
        return dao.find(idHash).map(ConsoleSessionRow::toDomain);
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt, Instant expiresAt) {
        dao.touch(idHash, lastSeenAt.truncatedTo(ChronoUnit.MICROS), expiresAt.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public void renew(String idHash, String token) {
        dao.renew(idHash, token);
    }

    @Override
    public void flash(String idHash, String message) {
        dao.flash(idHash, message.length() > ConsoleSession.MAX_FLASH
                ? message.substring(0, ConsoleSession.MAX_FLASH) : message);
    }

    @Override
    public boolean takeFlash(String idHash, String message) {
        return dao.takeFlash(idHash, message) > 0;
    }

    @Override
    public void delete(String idHash) {
        dao.delete(idHash);
    }

    @Override
    public int purge(Instant now) {
        return dao.purge(now);
    }
}
