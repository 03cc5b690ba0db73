package dev.usersvc.domain.session;

import java.time.Instant;
import java.util.Optional;

/**
 * Stores admin console sessions where every node sees them, so a browser may land on any node and a restart signs
 * nobody out. Writes are targeted (one column or two) because the console calls them on the request path.
 */
public interface ConsoleSessionRepository {
    /** Fails with CONFLICT when the id hash is taken. */
    void insert(ConsoleSession session);

    /** The session under this id hash, ended or not: the caller decides what expiry means. */
    Optional<ConsoleSession> find(String idHash);

    /** Records activity: a new last-seen time and expiry. Does nothing when the session is gone. */
    void touch(String idHash, Instant lastSeenAt, Instant expiresAt);

    /** Replaces the token after a refresh. Does nothing when the session is gone. */
    void renew(String idHash, String token);

    /** Sets the one-shot message for the next page, replacing any earlier one. */
    void flash(String idHash, String message);

    /**
     * Clears the flash message if it still is {@code message}. True when this call cleared it: of two pages that
     * read the same message at once, on one node or two, only one shows it.
     */
    boolean takeFlash(String idHash, String message);

    void delete(String idHash);

    /** Deletes every session that has ended at {@code now}; returns how many. */
    int purge(Instant now);
}
