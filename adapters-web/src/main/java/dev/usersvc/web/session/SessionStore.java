package dev.usersvc.web.session;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.session.ConsoleSession;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.web.ConsoleSettings;
import dev.usersvc.web.csrf.CsrfTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Console sessions, kept in the shared store so that any node can serve any request and a restart signs nobody
 * out. Rows are keyed by the SHA-256 of the session id, so neither the table nor a heap dump gives away a usable
 * cookie value. A request reads its row (a primary-key lookup) and writes only when something changed: a flash
 * message, a refreshed token, or activity that moved the idle deadline by more than {@link #TOUCH_EVERY}.
 * The caller is rebuilt from the stored token on every request through the same use cases as the API, whose
 * verifier caches verified tokens, so this costs no signature check on the hot path.
 */
public final class SessionStore {
    /**
     * How far last-seen may lag before it is written again. The idle deadline is therefore up to this much early,
     * never late: the safe side, for one write a minute instead of one a request.
     */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ConsoleSessionRepository store;
    private final Authenticator authenticator;
    private final ConsoleSettings settings;
    private final Clock clock;
    private final Duration touchEvery;

    /** How a stored token becomes its caller again. Both fail with a {@link DomainException} when they cannot. */
    public interface Authenticator {
        /** The caller of a valid, unrevoked token. */
        Caller authenticate(String token);

        /** A new token (with the user's current roles) for an expired or expiring one. */
        String refresh(String token);

        static Authenticator of(UseCases useCases) {
            return new Authenticator() {
                @Override
                public Caller authenticate(String token) {
                    return useCases.authenticate().handle(token);
                }

                @Override
                public String refresh(String token) {
                    return useCases.refreshToken().handle(token).token().jwt();
                }
            };
        }
    }

    public SessionStore(ConsoleSessionRepository store, Authenticator authenticator, ConsoleSettings settings,
                        Clock clock) {
        this.store = store;
        this.authenticator = authenticator;
        this.settings = settings;
        this.clock = clock;
        Duration halfIdle = settings.idleTimeout().dividedBy(2);
        this.touchEvery = halfIdle.compareTo(TOUCH_EVERY) < 0 ? halfIdle : TOUCH_EVERY;
    }

    /** A new session; the returned id (256 random bits) goes into the cookie and nowhere else. */
    public Created create(Caller caller, String token) {
        Instant now = clock.instant();
        String id = CsrfTokens.randomToken();
        ConsoleSession stored = new ConsoleSession(key(id), caller.userId(), token, CsrfTokens.randomToken(), now,
                now, expiresAt(now, now), Optional.empty());
        store.insert(stored);
        return new Created(id, new Session(store, stored, caller));
    }

    /**
     * The live session for a cookie value, with a caller no older than one token lifetime: an expired token is
     * refreshed through the same use case API clients use, so role changes reach the console within minutes. A
     * session that is idle or too old, whose token is revoked (the user was deleted, or their tokens revoked) or
     * can no longer be refreshed, is deleted and not found.
     */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = key(id);
        Optional<ConsoleSession> found = store.find(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConsoleSession stored = found.get();
        Instant now = clock.instant();
        if (stored.isExpiredAt(now)) {
            store.delete(key);
            return Optional.empty();
        }
        Caller caller;
        String token = stored.token();
        try {
            caller = authenticator.authenticate(token);
            if (!now.isBefore(caller.expiresAt())) { // expired, though within the verifier's clock leeway
                throw DomainException.unauthenticated("token is expired");
            }
        } catch (DomainException expiredOrRevoked) {
            try {
                token = authenticator.refresh(token); // refuses a revoked token too
                caller = authenticator.authenticate(token);
            } catch (DomainException refused) {
                store.delete(key);
                return Optional.empty();
            }
            store.renew(key, token);
            stored = stored.withToken(token);
        }
        if (Duration.between(stored.lastSeenAt(), now).compareTo(touchEvery) >= 0) {
            store.touch(key, now, expiresAt(stored.createdAt(), now));
        }
        return Optional.of(new Session(store, stored, caller));
    }

    public void delete(String id) {
        if (id != null && !id.isEmpty()) {
            store.delete(key(id));
        }
    }

    private Instant expiresAt(Instant createdAt, Instant lastSeen) {
        Instant idle = lastSeen.plus(settings.idleTimeout());
        Instant lifetime = createdAt.plus(settings.maxLifetime());
        return idle.isBefore(lifetime) ? idle : lifetime;
    }

    static String key(String id) {
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
