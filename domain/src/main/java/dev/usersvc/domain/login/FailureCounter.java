package dev.usersvc.domain.login;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins counted for one key (an account or a client address) within a window. */
public record FailureCounter(String key, int failures, Instant windowStartedAt, Optional<Instant> blockedUntil) {

    public static FailureCounter first(String key, Instant now) {
        return new FailureCounter(key, 0, now, Optional.empty());
    }

    public FailureCounter afterFailure(Instant now, ThrottlePolicy policy) {
        boolean windowOver = !now.isBefore(windowStartedAt.plus(policy.window()));
        int counted = windowOver ? 1 : failures + 1;
        Instant start = windowOver ? now : windowStartedAt;
        Optional<Instant> blocked = counted >= policy.maxFailures()
                ? Optional.of(now.plus(policy.blockFor()))
                : blockedUntil.filter(now::isBefore);
        return new FailureCounter(key, counted, start, blocked);
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil.isPresent() && now.isBefore(blockedUntil.get());
    }
}
