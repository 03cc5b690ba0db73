package dev.usersvc.domain.permit;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link PermitRepository} in a map that bumps its version on every write, as the database does. */
public final class InMemoryPermitRepository implements PermitRepository {
    private static final Comparator<Permit> ORDER =
            Comparator.comparing((Permit permit) -> permit.permission().value()).thenComparing(p -> p.id().value());

    private final Map<PermitId, Permit> permits = new LinkedHashMap<>();
    private long version;

    @Override
    public synchronized void save(Permit permit) {
        permits.put(permit.id(), new Permit(permit.id(), permit.appId(), permit.permission(), permit.roles(),
                permit.slugs(), permit.createdAt().truncatedTo(ChronoUnit.MICROS),
                permit.updatedAt().truncatedTo(ChronoUnit.MICROS)));
        version++;
    }

    @Override
    public synchronized Optional<Permit> findById(PermitId id) {
        return Optional.ofNullable(permits.get(id));
    }

    @Override
    public synchronized List<Permit> findAll() {
        return permits.values().stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized List<Permit> list(PermitFilter filter) {
        Set<PermitId> ids = filter.ids().map(HashSet::new).orElse(null);
        return permits.values().stream()
                .filter(permit -> ids == null || ids.contains(permit.id()))
                .filter(permit -> filter.permission().map(permit.permission()::equals).orElse(true))
                .filter(permit -> filter.role().map(permit.roles()::contains).orElse(true))
                .filter(permit -> filter.slug().map(permit.slugs()::contains).orElse(true))
                .filter(permit -> filter.appId().map(permit.appId()::equals).orElse(true))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public synchronized void delete(PermitId id) {
        permits.remove(id);
        version++;
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized long count() {
        return permits.size();
    }
}
