package dev.usersvc.application.login;

import dev.usersvc.domain.TooManyAttemptsException;
import dev.usersvc.domain.login.FailureCounter;
import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.login.ThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Throttles failed sign-ins per account and per client address. Counters live in the store, so every node
 * sees the same count. A blocked key fails with TOO_MANY_ATTEMPTS before any password is checked.
 * <p>The tight per-account limit counts an account's failures from one address: counted per account alone,
 * anyone could lock a service out of its own login with a few wrong passwords. Across all addresses an account
 * takes no more failures than one address may make in total, which bounds distributed guessing.
 */
public final class LoginThrottle {
    private final FailureCounterRepository counters;
    private final ThrottlePolicy accountPolicy;
    private final ThrottlePolicy addressPolicy;
    private final Clock clock;

    public LoginThrottle(FailureCounterRepository counters, ThrottlePolicy accountPolicy,
                         ThrottlePolicy addressPolicy, Clock clock) {
        this.counters = counters;
        this.accountPolicy = accountPolicy;
        this.addressPolicy = addressPolicy;
        this.clock = clock;
    }

    public void checkAllowed(String account, String address) {
        Instant now = clock.instant();
        checkKey(accountFromAddressKey(account, address), now);
        checkKey(accountKey(account), now);
        checkKey(addressKey(address), now);
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        record(accountFromAddressKey(account, address), accountPolicy, now);
        record(accountKey(account), addressPolicy, now);
        record(addressKey(address), addressPolicy, now);
    }

    public void recordSuccess(String account, String address) {
        counters.delete(accountFromAddressKey(account, address));
    }

    private void checkKey(String key, Instant now) {
        counters.find(key).filter(counter -> counter.isBlockedAt(now)).ifPresent(counter -> {
            Duration wait = Duration.between(now, counter.blockedUntil().orElseThrow());
            throw new TooManyAttemptsException(wait.plusSeconds(1).withNanos(0));
        });
    }

    private void record(String key, ThrottlePolicy policy, Instant now) {
        FailureCounter counter = counters.find(key).orElseGet(() -> FailureCounter.first(key, now));
        counters.save(counter.afterFailure(now, policy));
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String accountFromAddressKey(String account, String address) {
        return accountKey(account) + " from " + knownAddress(address);
    }

    private static String addressKey(String address) {
        return "address:" + knownAddress(address);
    }

    private static String knownAddress(String address) {
        return address == null || address.isEmpty() ? "unknown" : address;
    }
}
