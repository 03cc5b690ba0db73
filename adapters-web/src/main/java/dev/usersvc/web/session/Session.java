package dev.usersvc.web.session;

import dev.usersvc.application.Caller;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One signed-in browser: who it is (the caller and the token it came from, held here and never sent to the
 * browser), its CSRF token, and a one-shot flash message for the next page.
 */
public final class Session {
    private volatile Caller caller;
    private volatile String token;
    private final String csrfToken;
    private final Instant createdAt;
    private volatile Instant lastSeen;
    private final AtomicReference<String> flash = new AtomicReference<>();

    Session(Caller caller, String token, String csrfToken, Instant createdAt) {
        this.caller = caller;
        this.token = token;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeen = createdAt;
    }

    public Caller caller() {
        return caller;
    }

    /** The signed token the caller came from; refreshed when it expires. Never log it. */
    public String token() {
        return token;
    }

    /** After a refresh: the caller with its current roles, and the new token. */
    public void renew(Caller renewed, String renewedToken) {
        this.caller = renewed;
        this.token = renewedToken;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    public void flash(String message) {
        flash.set(message);
    }

    /** The flash message, once: the next page shows it, the one after does not. */
    public Optional<String> takeFlash() {
        return Optional.ofNullable(flash.getAndSet(null));
    }
}
