package dev.usersvc.persistence.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Apps by id for the hot read paths, cached for a short bound (see {@code CachingUserRepository}). */
public final class CachingAppRepository implements AppRepository {
    private final AppRepository store;
    private final Cache<AppId, App> byId;

    public CachingAppRepository(AppRepository store, Duration ttl) {
        this.store = store;
        this.byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
    }

    @Override
    public void insert(App app) {
        store.insert(app);
    }

    @Override
    public void update(App app) {
        byId.invalidate(app.id());
        store.update(app);
    }

    @Override
    public Optional<App> findById(AppId id) {
        App cached = byId.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<App> found = store.findById(id);
        found.ifPresent(app -> byId.put(id, app));
        return found;
    }

    @Override
    public Optional<App> findByHost(AppHost host) {
        return store.findByHost(host);
    }

    @Override
    public List<App> list(List<AppId> ids, List<AppHost> hosts) {
        return store.list(ids, hosts);
    }

    @Override
    public long count() {
        return store.count();
    }
}
