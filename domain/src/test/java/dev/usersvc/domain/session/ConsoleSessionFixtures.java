package dev.usersvc.domain.session;

import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Console sessions with random ids and tokens, created at a unique time and ending 30 minutes later. */
public final class ConsoleSessionFixtures {
    private ConsoleSessionFixtures() {
    }

    public static ConsoleSession aSession() {
        return aSessionCreatedAt(Fixtures.uniqueTime());
    }

    public static ConsoleSession aSessionCreatedAt(Instant createdAt) {
        return new ConsoleSession(Fixtures.randomWord("hash"), UserId.random(), Fixtures.randomWord("jwt"),
                Fixtures.randomWord("csrf"), createdAt, createdAt, createdAt.plus(Duration.ofMinutes(30)),
                Optional.empty());
    }
}
