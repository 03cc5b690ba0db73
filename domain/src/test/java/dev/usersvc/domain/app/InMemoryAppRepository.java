package dev.usersvc.domain.app;

import dev.usersvc.domain.DomainException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link AppRepository} in a map that behaves like the database: unique ids and hosts. */
public final class InMemoryAppRepository implements AppRepository {
    private final Map<AppId, App> apps = new LinkedHashMap<>();

    @Override
    public synchronized void insert(App app) {
        if (apps.containsKey(app.id()) || findByHost(app.host()).isPresent()) {
            throw DomainException.conflict("app host is already taken");
        }
        apps.put(app.id(), app);
    }

    @Override
    public synchronized void update(App app) {
        if (!apps.containsKey(app.id())) {
            throw DomainException.notFound("app not found");
        }
        if (findByHost(app.host()).filter(other -> !other.id().equals(app.id())).isPresent()) {
            throw DomainException.conflict("app host is already taken");
        }
        apps.put(app.id(), app);
    }

    @Override
    public synchronized Optional<App> findById(AppId id) {
        return Optional.ofNullable(apps.get(id));
    }

    @Override
    public synchronized Optional<App> findByHost(AppHost host) {
        return apps.values().stream().filter(app -> app.host().equals(host)).findFirst();
    }

    @Override
    public synchronized List<App> list(List<AppId> ids, List<AppHost> hosts) {
        return apps.values().stream()
                .filter(app -> ids.isEmpty() || ids.contains(app.id()))
                .filter(app -> hosts.isEmpty() || hosts.contains(app.host()))
                .sorted(Comparator.comparing(app -> app.host().value()))
                .toList();
    }

    @Override
    public synchronized long count() {
        return apps.size();
    }
}
