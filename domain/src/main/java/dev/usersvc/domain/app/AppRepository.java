package dev.usersvc.domain.app;

import java.util.List;
import java.util.Optional;

/**
 * Stores apps. Hosts are unique: {@link #insert} and {@link #update} fail with CONFLICT on a taken host;
 * {@link #update} fails with NOT_FOUND when the app is gone.
 */
public interface AppRepository {
    void insert(App app);

    void update(App app);

    Optional<App> findById(AppId id);

    Optional<App> findByHost(AppHost host);

    /** Empty lists mean "no filter"; both given are ANDed. Ordered by host. */
    List<App> list(List<AppId> ids, List<AppHost> hosts);

    long count();
}
