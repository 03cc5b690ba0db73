package dev.usersvc.domain.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link FailureCounterRepository} does, over an initially empty store. */
public interface FailureCounterRepositoryContract {
    FailureCounterRepository newRepository();

    @Test
    default void keepsACounterUnderItsKey() {
        FailureCounterRepository counters = newRepository();
        Instant now = Fixtures.uniqueTime();
        FailureCounter counter = FailureCounter.first("slug:ada", now);

        counters.save(counter);

        assertThat(counters.find("slug:ada")).contains(counter);
        assertThat(counters.find("slug:bob")).isEmpty();
    }

    @Test
    default void replacesACounterSavedAgain() {
        FailureCounterRepository counters = newRepository();
        Instant now = Fixtures.uniqueTime();
        ThrottlePolicy policy = new ThrottlePolicy(2, Duration.ofMinutes(15), Duration.ofMinutes(5));
        FailureCounter counter = FailureCounter.first("ip:10.0.0.1", now).afterFailure(now, policy);
        counters.save(counter);

        FailureCounter blocked = counter.afterFailure(now.plusSeconds(1), policy);
        counters.save(blocked);

        assertThat(blocked.blockedUntil()).isPresent();
        assertThat(counters.find("ip:10.0.0.1")).contains(blocked);
    }

    @Test
    default void forgetsADeletedCounter() {
        FailureCounterRepository counters = newRepository();
        counters.save(FailureCounter.first("slug:ada", Fixtures.uniqueTime()));

        counters.delete("slug:ada");
        counters.delete("slug:never-saved");

        assertThat(counters.find("slug:ada")).isEmpty();
    }
}
