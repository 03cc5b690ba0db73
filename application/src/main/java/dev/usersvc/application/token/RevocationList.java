package dev.usersvc.application.token;

import dev.usersvc.domain.token.Revocation;
import dev.usersvc.domain.token.TokenRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revoked, not yet expired token ids, replayed from the store's revocation log. A node calls {@link #sync()}
 * right after its own revocations and on a schedule for other nodes', which bounds how long a revoked token
 * keeps working anywhere.
 */
public final class RevocationList {
    private final TokenRepository tokens;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private long lastSequence;

    public RevocationList(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public boolean isRevoked(String jti) {
        return revoked.containsKey(jti);
    }

    public synchronized void sync() {
        Instant now = clock.instant();
        for (Revocation revocation : tokens.revocationsAfter(lastSequence, now)) {
            revoked.put(revocation.jti(), revocation.expiresAt());
            lastSequence = Math.max(lastSequence, revocation.sequence());
        }
        revoked.values().removeIf(expiresAt -> !expiresAt.isAfter(now.minusSeconds(120)));
    }

    public int size() {
        return revoked.size();
    }
}
