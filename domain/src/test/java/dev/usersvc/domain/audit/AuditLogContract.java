package dev.usersvc.domain.audit;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does, over an initially empty store. */
public interface AuditLogContract {
    AuditLog newAuditLog();

    @Test
    default void readsBackEveryFieldItRecorded() {
        AuditLog log = newAuditLog();
        AuditEvent full = AuditFixtures.anEvent().app(AppId.random()).detail("role user-svc:admin").build();
        AuditEvent bare = AuditFixtures.anEvent().actor(null, "bootstrap").clientAddress("").build();

        log.record(full);
        log.record(bare);

        assertThat(log.list(AuditQuery.firstPage(10)).items()).containsExactlyInAnyOrder(full, bare);
    }

    @Test
    default void listsNewestFirst() {
        AuditLog log = newAuditLog();
        Instant t = Fixtures.uniqueTime();
        AuditEvent old = AuditFixtures.anEvent().at(t).build();
        AuditEvent middle = AuditFixtures.anEvent().at(t.plusSeconds(1)).build();
        AuditEvent recent = AuditFixtures.anEvent().at(t.plusSeconds(2)).build();
        log.record(middle);
        log.record(recent);
        log.record(old);

        assertThat(log.list(AuditQuery.firstPage(10)).items()).containsExactly(recent, middle, old);
    }

    @Test
    default void rejectsASecondEventWithTheSameId() {
        AuditLog log = newAuditLog();
        AuditEvent event = AuditFixtures.anEvent().build();
        log.record(event);

        assertThat(kindOf(() -> log.record(event))).isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    default void filtersByActorTargetAndAction() {
        AuditLog log = newAuditLog();
        UserId ada = UserId.random();
        AuditEvent adaCreates = AuditFixtures.anEvent().actor(ada, "ada").target("usr_one").build();
        AuditEvent adaDeletes = AuditFixtures.anEvent().actor(ada, "ada").target("usr_one")
                .action(AuditAction.USER_DELETE).build();
        AuditEvent bobCreates = AuditFixtures.anEvent().actor(UserId.random(), "bob").target("usr_two").build();
        List.of(adaCreates, adaDeletes, bobCreates).forEach(log::record);

        assertThat(log.list(query(Optional.of(ada), Optional.empty(), Optional.empty())).items())
                .containsExactlyInAnyOrder(adaCreates, adaDeletes);
        assertThat(log.list(query(Optional.empty(), Optional.of("usr_two"), Optional.empty())).items())
                .containsExactly(bobCreates);
        assertThat(log.list(query(Optional.empty(), Optional.empty(), Optional.of(AuditAction.USER_CREATE)))
                .items()).containsExactlyInAnyOrder(adaCreates, bobCreates);
        assertThat(log.list(query(Optional.of(ada), Optional.of("usr_one"), Optional.of(AuditAction.USER_DELETE)))
                .items()).containsExactly(adaDeletes);
    }

    @Test
    default void filtersByTimeFromInclusiveToExclusive() {
        AuditLog log = newAuditLog();
        Instant t = Fixtures.uniqueTime();
        AuditEvent before = AuditFixtures.anEvent().at(t.minusSeconds(1)).build();
        AuditEvent atFrom = AuditFixtures.anEvent().at(t).build();
        AuditEvent inside = AuditFixtures.anEvent().at(t.plusSeconds(1)).build();
        AuditEvent atTo = AuditFixtures.anEvent().at(t.plusSeconds(2)).build();
        List.of(before, atFrom, inside, atTo).forEach(log::record);

        AuditQuery window = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(t),
                Optional.of(t.plusSeconds(2)), Optional.empty(), 10);

        assertThat(log.list(window).items()).containsExactly(inside, atFrom);
    }

    @Test
    default void pagesWithTheCursorWithoutSkippingOrRepeatingEvenWhenTimesTie() {
        AuditLog log = newAuditLog();
        Instant t = Fixtures.uniqueTime();
        List<AuditEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // every third event shares its time with the one before: the id breaks the tie
            AuditEvent event = AuditFixtures.anEvent().at(t.plus(Duration.ofSeconds(i - i % 3))).build();
            log.record(event);
            recorded.add(event);
        }

        List<AuditEvent> seen = new ArrayList<>();
        AuditQuery query = AuditQuery.firstPage(4);
        List<AuditEvent> page = log.list(query).items();
        while (!page.isEmpty()) {
            assertThat(page).hasSizeLessThanOrEqualTo(4);
            seen.addAll(page);
            query = query.after(page.get(page.size() - 1));
            page = log.list(query).items();
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(seen).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    private static AuditQuery query(Optional<UserId> actor, Optional<String> target, Optional<AuditAction> action) {
        return new AuditQuery(actor, target, action, Optional.empty(), Optional.empty(), Optional.empty(), 10);
    }
}
