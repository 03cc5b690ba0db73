package dev.usersvc.web.session;

import dev.usersvc.application.Caller;
import dev.usersvc.web.ConsoleSettings;
import dev.usersvc.web.csrf.CsrfTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, held in this node's memory. A multi-node deployment needs sticky sessions in front of the
 * console until sessions move to the database (a later slice). The map is keyed by the SHA-256 of the session
 * id, so neither a heap dump nor a timing difference in the lookup gives away a usable cookie value.
 */
public final class SessionStore {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConsoleSettings settings;
    private final Clock clock;

    public SessionStore(ConsoleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A new session; the returned id (256 random bits) goes into the cookie and nowhere else. */
    public Created create(Caller caller, String token) {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> expired(session, now)); // bounded by live sessions, not history
        String id = CsrfTokens.randomToken();
        Session session = new Session(caller, token, CsrfTokens.randomToken(), now);
        sessions.put(key(id), session);
        return new Created(id, session);
    }

    /** The live session for a cookie value, touched; an idle or too old one is removed and not found. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = key(id);
        Session session = sessions.get(key);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(key, session);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    public void delete(String id) {
        if (id != null && !id.isEmpty()) {
            sessions.remove(key(id));
        }
    }

    int size() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(settings.idleTimeout()))
                || !now.isBefore(session.createdAt().plus(settings.maxLifetime()));
    }

    private static String key(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A session and the id only its cookie carries. */
    public record Created(String id, Session session) {
        @Override
        public String toString() {
            return "Created[id=***]";
        }
    }
}
