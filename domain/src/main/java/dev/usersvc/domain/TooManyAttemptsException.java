package dev.usersvc.domain;

import java.time.Duration;

/** A throttled request. A subclass because the REST adapter must read {@link #retryAfter()} for Retry-After. */
public final class TooManyAttemptsException extends DomainException {
    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super(ErrorKind.TOO_MANY_ATTEMPTS, "too many failed attempts, try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
