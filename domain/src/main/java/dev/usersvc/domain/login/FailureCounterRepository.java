package dev.usersvc.domain.login;

import java.util.Optional;

/** Keeps failed sign-in counters in the shared store, so that every node throttles the same way. */
public interface FailureCounterRepository {
    Optional<FailureCounter> find(String key);

    void save(FailureCounter counter);

    void delete(String key);
}
