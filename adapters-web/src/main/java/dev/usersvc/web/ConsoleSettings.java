package dev.usersvc.web;

import java.time.Duration;

/**
 * How long a console session lives: it ends after {@code idleTimeout} without a request, and in any case
 * {@code maxLifetime} after sign-in, so a forgotten open tab cannot keep an admin's roles alive for days.
 */
public record ConsoleSettings(Duration idleTimeout, Duration maxLifetime) {
    public static final ConsoleSettings DEFAULTS = new ConsoleSettings(Duration.ofMinutes(30), Duration.ofHours(12));

    public ConsoleSettings {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("console idle timeout must be positive and at most the max lifetime");
        }
    }
}
