package dev.usersvc.persistence.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import java.time.Duration;
import java.util.Optional;

/**
 * Users by id for the hot read paths (has-permission), cached for a short bound so a check costs no round trip.
 * Writes through this class evict at once; writes on other nodes show within the bound. Absent users are not
 * cached, so a new account is seen immediately.
 */
public final class CachingUserRepository implements UserRepository {
    private final UserRepository store;
    private final Cache<UserId, User> byId;

    public CachingUserRepository(UserRepository store, Duration ttl) {
        this.store = store;
        this.byId = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    @Override
    public User insert(User user) {
        return store.insert(user);
    }

    @Override
    public void update(User user) {
        byId.invalidate(user.id());
        store.update(user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        User cached = byId.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<User> found = store.findById(id);
        found.ifPresent(user -> byId.put(id, user));
        return found;
    }

    @Override
    public Optional<User> findBySlug(Slug slug) {
        return store.findBySlug(slug);
    }

    @Override
    public Page<User> list(UserQuery query) {
        return store.list(query);
    }

    @Override
    public void delete(UserId id) {
        byId.invalidate(id);
        store.delete(id);
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public long countByType(UserType type) {
        return store.countByType(type);
    }
}
