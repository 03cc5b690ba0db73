package dev.usersvc.domain.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class FailureCounterTest {
    private static final ThrottlePolicy POLICY = new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    private static final Instant T0 = Fixtures.T0;

    @Test
    void countsFailuresWithinTheWindow() {
        FailureCounter counter = FailureCounter.first("account:ada", T0)
                .afterFailure(T0, POLICY)
                .afterFailure(T0.plus(Duration.ofMinutes(14)), POLICY);

        assertThat(counter.failures()).isEqualTo(2);
        assertThat(counter.windowStartedAt()).isEqualTo(T0);
        assertThat(counter.isBlockedAt(T0.plus(Duration.ofMinutes(14)))).isFalse();
    }

    @Test
    void startsOverOnceTheWindowHasPassed() {
        Instant later = T0.plus(Duration.ofMinutes(15));

        FailureCounter counter = FailureCounter.first("account:ada", T0)
                .afterFailure(T0, POLICY)
                .afterFailure(T0.plusSeconds(1), POLICY)
                .afterFailure(later, POLICY);

        assertThat(counter.failures()).isEqualTo(1);
        assertThat(counter.windowStartedAt()).isEqualTo(later);
        assertThat(counter.isBlockedAt(later)).isFalse();
    }

    @Test
    void blocksAtTheMaximumForBlockFor() {
        Instant third = T0.plusSeconds(30);

        FailureCounter counter = failTimes(3, T0, third);

        assertThat(counter.failures()).isEqualTo(3);
        assertThat(counter.blockedUntil()).contains(third.plus(Duration.ofMinutes(10)));
        assertThat(counter.isBlockedAt(third)).isTrue();
        assertThat(counter.isBlockedAt(third.plus(Duration.ofMinutes(10)).minusNanos(1))).isTrue();
    }

    @Test
    void doesNotBlockBelowTheMaximum() {
        FailureCounter counter = failTimes(2, T0, T0.plusSeconds(30));

        assertThat(counter.blockedUntil()).isEmpty();
        assertThat(counter.isBlockedAt(T0.plusSeconds(30))).isFalse();
    }

    @Test
    void unblocksOnceBlockForHasPassed() {
        Instant third = T0.plusSeconds(30);

        FailureCounter counter = failTimes(3, T0, third);

        assertThat(counter.isBlockedAt(third.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(counter.isBlockedAt(third.plus(Duration.ofHours(1)))).isFalse();
    }

    private static FailureCounter failTimes(int times, Instant first, Instant last) {
        FailureCounter counter = FailureCounter.first("account:ada", first);
        for (int i = 1; i < times; i++) {
            counter = counter.afterFailure(first, POLICY);
        }
        return counter.afterFailure(last, POLICY);
    }
}
