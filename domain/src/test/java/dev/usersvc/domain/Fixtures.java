package dev.usersvc.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Shared defaults for fixtures: random unique values, and times already at the stores' microsecond precision. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final AtomicLong TICKS = new AtomicLong();

    private Fixtures() {
    }

    /** A time no other fixture in this JVM has handed out, so default creation times never collide. */
    public static Instant uniqueTime() {
        return T0.plus(TICKS.incrementAndGet(), ChronoUnit.MILLIS);
    }

    public static String randomWord(String prefix) {
        return prefix + "-" + Ids.randomBase62().toLowerCase(Locale.ROOT).substring(0, 12);
    }
}
