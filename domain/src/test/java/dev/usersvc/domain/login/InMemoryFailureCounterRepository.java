package dev.usersvc.domain.login;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link FailureCounterRepository} in a map; {@link #save} replaces, as the database's upsert does. */
public final class InMemoryFailureCounterRepository implements FailureCounterRepository {
    private final Map<String, FailureCounter> counters = new HashMap<>();

    @Override
    public synchronized Optional<FailureCounter> find(String key) {
        return Optional.ofNullable(counters.get(key));
    }

    @Override
    public synchronized void save(FailureCounter counter) {
        counters.put(counter.key(), new FailureCounter(counter.key(), counter.failures(),
                counter.windowStartedAt().truncatedTo(ChronoUnit.MICROS),
                counter.blockedUntil().map(until -> until.truncatedTo(ChronoUnit.MICROS))));
    }

    @Override
    public synchronized void delete(String key) {
        counters.remove(key);
    }
}
