package dev.usersvc.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.login.FailureCounter;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Repositories called inside {@link JdbiTransactions} join its transaction; leaves pick the database. */
abstract class JdbiTransactionsTest {
    abstract TestDatabase db();

    @Test
    void rollsBackEveryRepositoryWriteWhenTheWorkFails() {
        JdbiStorage storage = new JdbiStorage(db().jdbi());
        User user = UserFixtures.aHuman().build();

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.users().insert(user);
            storage.contacts().insert(UserFixtures.aContact(user.id()));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(storage.users().findById(user.id())).isEmpty();
        assertThat(storage.contacts().findByUser(user.id())).isEmpty();
    }

    @Test
    void keepsTheTransactionUsableAfterATakenSlugAndAnUpsert() {
        JdbiStorage storage = new JdbiStorage(db().jdbi());
        User ada = storage.users().insert(UserFixtures.aHuman().slug("ada").build());
        User bob = UserFixtures.aHuman().slug("bob").build();
        FailureCounter counter = FailureCounter.first("slug:ada", Instant.parse("2025-01-01T00:00:00Z"));
        storage.failureCounters().save(counter);

        storage.transactions().run(() -> {
            assertThatThrownBy(() -> storage.users().insert(UserFixtures.aHuman().slug("ada").build()))
                    .isInstanceOf(DomainException.class);
            storage.failureCounters().save(counter);
            storage.users().insert(bob);
        });

        assertThat(storage.users().findById(bob.id())).isPresent();
        assertThat(storage.users().findById(ada.id())).isPresent();
        assertThat(storage.failureCounters().find("slug:ada")).contains(counter);
    }
}
