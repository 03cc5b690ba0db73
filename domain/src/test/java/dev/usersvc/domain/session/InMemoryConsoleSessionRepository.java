package dev.usersvc.domain.session;

import dev.usersvc.domain.DomainException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link ConsoleSessionRepository} in a map; a taken id hash is CONFLICT, as the database's primary key. */
public final class InMemoryConsoleSessionRepository implements ConsoleSessionRepository {
    private final Map<String, ConsoleSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void insert(ConsoleSession session) {
        if (sessions.containsKey(session.idHash())) {
            throw DomainException.conflict("session id is already taken");
        }
        sessions.put(session.idHash(), session);
    }

    @Override
    public synchronized Optional<ConsoleSession> find(String idHash) {
        return Optional.ofNullable(sessions.get(idHash));
    }

    @Override
    public synchronized void touch(String idHash, Instant lastSeenAt, Instant expiresAt) {
        sessions.computeIfPresent(idHash, (key, session) -> session.seenAt(lastSeenAt, expiresAt));
    }

    @Override
    public synchronized void renew(String idHash, String token) {
        sessions.computeIfPresent(idHash, (key, session) -> session.withToken(token));
    }

    @Override
    public synchronized void flash(String idHash, String message) {
        sessions.computeIfPresent(idHash, (key, session) -> withFlash(session, Optional.of(message)));
    }

    @Override
    public synchronized boolean takeFlash(String idHash, String message) {
        ConsoleSession session = sessions.get(idHash);
        if (session == null || !session.flash().equals(Optional.of(message))) {
            return false;
        }
        sessions.put(idHash, withFlash(session, Optional.empty()));
        return true;
    }

    @Override
    public synchronized void delete(String idHash) {
        sessions.remove(idHash);
    }

    @Override
    public synchronized int purge(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(session -> session.isExpiredAt(now));
        return before - sessions.size();
    }

    public synchronized int size() {
        return sessions.size();
    }

    private static ConsoleSession withFlash(ConsoleSession session, Optional<String> flash) {
        return new ConsoleSession(session.idHash(), session.userId(), session.token(), session.csrfToken(),
                session.createdAt(), session.lastSeenAt(), session.expiresAt(), flash);
    }
}
