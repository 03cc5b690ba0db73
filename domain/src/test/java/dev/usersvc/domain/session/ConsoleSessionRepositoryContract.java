package dev.usersvc.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ConsoleSessionRepository} does, over an initially empty store. */
public interface ConsoleSessionRepositoryContract {
    ConsoleSessionRepository newRepository();

    @Test
    default void readsBackEveryFieldItStored() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        ConsoleSession other = ConsoleSessionFixtures.aSession();

        sessions.insert(session);
        sessions.insert(other);

        assertThat(sessions.find(session.idHash())).contains(session);
        assertThat(sessions.find(other.idHash())).contains(other);
        assertThat(sessions.find("no-such-hash")).isEmpty();
    }

    @Test
    default void rejectsASecondSessionWithTheSameIdHash() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        sessions.insert(session);
        ConsoleSession twin = new ConsoleSession(session.idHash(), ConsoleSessionFixtures.aSession().userId(),
                "another-jwt", "another-csrf", session.createdAt(), session.lastSeenAt(), session.expiresAt(),
                Optional.empty());

        assertThatThrownBy(() -> sessions.insert(twin)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(sessions.find(session.idHash())).contains(session);
    }

    @Test
    default void touchMovesLastSeenAndExpiryOfThatSessionOnly() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        ConsoleSession other = ConsoleSessionFixtures.aSession();
        sessions.insert(session);
        sessions.insert(other);
        Instant later = session.createdAt().plus(Duration.ofMinutes(10)).plusNanos(1_000);

        sessions.touch(session.idHash(), later, later.plus(Duration.ofMinutes(30)));
        sessions.touch("no-such-hash", later, later);

        assertThat(sessions.find(session.idHash())).contains(
                session.seenAt(later, later.plus(Duration.ofMinutes(30))));
        assertThat(sessions.find(other.idHash())).contains(other);
    }

    @Test
    default void renewReplacesTheTokenAndKeepsTheRest() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        sessions.insert(session);

        sessions.renew(session.idHash(), "renewed-jwt");

        assertThat(sessions.find(session.idHash())).contains(session.withToken("renewed-jwt"));
    }

    @Test
    default void aFlashMessageIsTakenOnceAndOnlyIfItIsStillThere() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        sessions.insert(session);

        sessions.flash(session.idHash(), "User <b>ada</b> created.");

        assertThat(sessions.find(session.idHash()).orElseThrow().flash()).contains("User <b>ada</b> created.");
        assertThat(sessions.takeFlash(session.idHash(), "some other message")).isFalse();
        assertThat(sessions.takeFlash(session.idHash(), "User <b>ada</b> created.")).isTrue();
        assertThat(sessions.takeFlash(session.idHash(), "User <b>ada</b> created.")).isFalse();
        assertThat(sessions.find(session.idHash()).orElseThrow().flash()).isEmpty();
    }

    @Test
    default void aNewFlashReplacesAnUntakenOne() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        sessions.insert(session);

        sessions.flash(session.idHash(), "first");
        sessions.flash(session.idHash(), "second");

        assertThat(sessions.takeFlash(session.idHash(), "first")).isFalse();
        assertThat(sessions.takeFlash(session.idHash(), "second")).isTrue();
    }

    @Test
    default void deleteForgetsOneSession() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession session = ConsoleSessionFixtures.aSession();
        ConsoleSession other = ConsoleSessionFixtures.aSession();
        sessions.insert(session);
        sessions.insert(other);

        sessions.delete(session.idHash());
        sessions.delete("no-such-hash");

        assertThat(sessions.find(session.idHash())).isEmpty();
        assertThat(sessions.find(other.idHash())).contains(other);
    }

    @Test
    default void purgeDeletesEndedSessionsOnly() {
        ConsoleSessionRepository sessions = newRepository();
        ConsoleSession ended = ConsoleSessionFixtures.aSession();
        ConsoleSession live = ConsoleSessionFixtures.aSessionCreatedAt(ended.createdAt().plus(Duration.ofMinutes(5)));
        sessions.insert(ended);
        sessions.insert(live);

        int purged = sessions.purge(ended.expiresAt());

        assertThat(purged).isEqualTo(1);
        assertThat(sessions.find(ended.idHash())).isEmpty();
        assertThat(sessions.find(live.idHash())).contains(live);
    }
}
