package dev.usersvc.application.permit;

import dev.usersvc.application.Caller;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitFilter;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.permit.PermitRepository;
import java.util.List;
import java.util.Optional;

/**
 * Lists permits of every app (behaviour §9.12); needs {@code user-svc:permit:view} (FORBIDDEN). {@code slug}
 * matches permits whose slugs contain it (the recommendation; the original's filter never matched). An unknown
 * app host matches nothing; {@code *} matches the every-app permits only.
 */
public final class ListPermits {
    public record Command(Optional<Permission> permission, Optional<String> slug, Optional<String> role,
                          Optional<AppTarget> app, Optional<List<PermitId>> ids) {
        public Command {
            ids = ids.map(List::copyOf);
        }
    }

    private final PermitRepository permits;
    private final AppRepository apps;
    private final Permissions permissions;

    public ListPermits(PermitRepository permits, AppRepository apps, Permissions permissions) {
        this.permits = permits;
        this.apps = apps;
        this.permissions = permissions;
    }

    public List<Permit> handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.PERMIT_VIEW);
        Optional<AppId> appId = Optional.empty();
        if (command.app().isPresent()) {
            AppTarget target = command.app().get();
            Optional<AppHost> host = target.host();
            appId = host.isPresent() ? apps.findByHost(host.get()).map(App::id)
                    : Optional.of(target.all() ? AppId.ALL : caller.appId());
            if (appId.isEmpty()) {
                return List.of();
            }
        }
        return permits.list(new PermitFilter(command.ids(), command.permission(), command.role(), command.slug(),
                appId));
    }
}
