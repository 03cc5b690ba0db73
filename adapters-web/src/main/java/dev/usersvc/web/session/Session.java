package dev.usersvc.web.session;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.session.ConsoleSession;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One signed-in browser, as this request sees it: who it is (the caller, rebuilt from the stored token, which is
 * held in the database and never sent to the browser), its CSRF token, and a one-shot flash message for the next
 * page. Changes are written through to the shared store at once, so the next request finds them on any node.
 */
public final class Session {
    private final ConsoleSessionRepository store;
    private final String idHash;
    private volatile Caller caller;
    private volatile String token;
    private final String csrfToken;
    private final AtomicReference<String> flash;

    Session(ConsoleSessionRepository store, ConsoleSession stored, Caller caller) {
        this.store = store;
        this.idHash = stored.idHash();
        this.caller = caller;
        this.token = stored.token();
        this.csrfToken = stored.csrfToken();
        this.flash = new AtomicReference<>(stored.flash().orElse(null));
    }

    public Caller caller() {
        return caller;
    }

    /** For this request: the caller acts from this client address (the audit log records it). */
    public void actingFrom(String clientAddress) {
        this.caller = caller.withClientAddress(clientAddress);
    }

    /** The signed token the caller came from; refreshed when it expires. Never log it. */
    public String token() {
        return token;
    }

    /** After a refresh: the caller with its current roles, and the new token (stored when it changed). */
    public void renew(Caller renewed, String renewedToken) {
        this.caller = renewed;
        if (!renewedToken.equals(token)) {
            this.token = renewedToken;
            store.renew(idHash, renewedToken);
        }
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** Sets the message the next page shows (after a redirect, perhaps served by another node). */
    public void flash(String message) {
        String kept = message.length() > ConsoleSession.MAX_FLASH
                ? message.substring(0, ConsoleSession.MAX_FLASH) : message;
        store.flash(idHash, kept);
        flash.set(kept);
    }

    /**
     * The flash message, once: the next page shows it, the one after does not. Clearing it is a compare-and-set in
     * the store, so two pages that loaded the same message at once (two tabs, two nodes) show it only once.
     */
    public Optional<String> takeFlash() {
        String message = flash.getAndSet(null);
        if (message == null || !store.takeFlash(idHash, message)) {
            return Optional.empty();
        }
        return Optional.of(message);
    }
}
