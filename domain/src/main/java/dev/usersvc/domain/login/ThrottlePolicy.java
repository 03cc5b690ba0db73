package dev.usersvc.domain.login;

import java.time.Duration;

/** After {@code maxFailures} failures within {@code window}, the key is blocked for {@code blockFor}. */
public record ThrottlePolicy(int maxFailures, Duration window, Duration blockFor) {
    public ThrottlePolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || blockFor.isNegative()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
    }
}
