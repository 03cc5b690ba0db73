package dev.usersvc.domain.token;

import java.time.Duration;

/**
 * How long tokens live. {@code refreshWindow}: how long after minting a stored token may still be refreshed.
 * {@code refreshGrace}: how long after a refresh the same old token yields the same new token, so that racing
 * clients of one service do not log each other out.
 */
public record TokenPolicy(Duration lifetime, Duration refreshWindow, Duration refreshGrace) {
    public TokenPolicy {
        if (lifetime.toSeconds() < 1 || refreshWindow.compareTo(lifetime) < 0 || refreshGrace.isNegative()) {
            throw new IllegalArgumentException("token lifetime must be at least 1s and within the refresh window");
        }
    }
}
