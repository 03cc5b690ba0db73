package dev.usersvc.application.permit;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the caller holds a permission in its token's app. A denial is an answer, not an error. {@code until}
 * is the token's expiry: clients cache the answer that long. Served from memory: the permit index, and user and
 * app lookups that the server backs with caches. Without a token it answers for the anonymous subject (role
 * {@code user-svc:anonymous}) in the {@code unnamed} app, with no user, valid for this instant only.
 */
public final class HasPermission {
    /** {@code user} is empty for the anonymous subject. */
    public record Result(boolean authorized, App app, Optional<User> user, Instant until) {
    }

    private final Permissions permissions;
    private final UserRepository users;
    private final AppRepository apps;
    private final Clock clock;
    private volatile App unnamed; // never renamed (UpdateApp refuses), so found once is found for good

    public HasPermission(Permissions permissions, UserRepository users, AppRepository apps, Clock clock) {
        this.permissions = permissions;
        this.users = users;
        this.apps = apps;
        this.clock = clock;
    }

    public Result handle(Caller caller, Permission permission) {
        User user = users.findById(caller.userId())
                .orElseThrow(() -> DomainException.unauthenticated("user no longer exists"));
        App app = apps.findById(caller.appId())
                .orElseThrow(() -> DomainException.unauthenticated("app of the token no longer exists"));
        return new Result(permissions.allows(caller, permission.value()), app, Optional.of(user),
                caller.expiresAt());
    }

    public Result handleAnonymous(Permission permission) {
        App app = unnamedApp();
        return new Result(permissions.allowsAnonymous(app.id(), permission.value()), app, Optional.empty(),
                clock.instant());
    }

    private App unnamedApp() {
        App known = unnamed;
        if (known == null) {
            known = apps.findByHost(AppHost.UNNAMED)
                    .orElseThrow(() -> new IllegalStateException("the unnamed app is made at bootstrap"));
            unnamed = known;
        }
        return known;
    }
}
