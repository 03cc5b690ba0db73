package dev.usersvc.application.app;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditAction;
import java.util.Optional;

/**
 * Renames an app (needs {@code user-svc:app:edit}). NOT_FOUND for an unknown id, CONFLICT for a taken host and for
 * {@code unnamed}, which service accounts log in to: renaming it would strand them.
 */
public final class UpdateApp {
    public record Command(AppId id, AppHost newHost) {
    }

    private final AppRepository apps;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;

    public UpdateApp(AppRepository apps, Permissions permissions, Transactions transactions, Audit audit) {
        this.apps = apps;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
    }

    public App handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.APP_EDIT);
        return transactions.inTransaction(() -> {
            App app = apps.findById(command.id()).orElseThrow(() -> DomainException.notFound("app not found"));
            if (app.host().equals(AppHost.UNNAMED)) {
                throw DomainException.conflict("the unnamed app cannot be renamed");
            }
            App renamed = app.withHost(command.newHost());
            apps.update(renamed);
            audit.record(caller, AuditAction.APP_UPDATE, renamed.id().value(), Optional.of(renamed.id()),
                    "host " + app.host().value() + " to " + renamed.host().value());
            return renamed;
        });
    }
}
