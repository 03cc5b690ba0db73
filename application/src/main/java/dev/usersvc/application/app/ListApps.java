package dev.usersvc.application.app;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import java.util.List;
import java.util.Optional;

/**
 * Lists apps. Looking apps up by id or host is public (contract); listing them all needs
 * {@code user-svc:app:multi-view} (UNAUTHENTICATED without a token, FORBIDDEN without the permission).
 */
public final class ListApps {
    public record Command(List<AppId> ids, List<AppHost> hosts) {
        public Command {
            ids = List.copyOf(ids);
            hosts = List.copyOf(hosts);
        }
    }

    private final AppRepository apps;
    private final Permissions permissions;

    public ListApps(AppRepository apps, Permissions permissions) {
        this.apps = apps;
        this.permissions = permissions;
    }

    public List<App> handle(Optional<Caller> caller, Command command) {
        if (command.ids().isEmpty() && command.hosts().isEmpty()) {
            Caller known = caller.orElseThrow(() -> DomainException.unauthenticated("a token is required"));
            permissions.require(known, BuiltInPermissions.APP_MULTI_VIEW);
        }
        return apps.list(command.ids(), command.hosts());
    }
}
