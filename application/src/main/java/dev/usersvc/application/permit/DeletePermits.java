package dev.usersvc.application.permit;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.role.Ownership;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Deletes permits by id, all or none. Whoever may save a permit may delete it: the caller must own its permission
 * (decision 11; platform admins own every permission), else FORBIDDEN. An unknown id is NOT_FOUND. The built-in
 * permits bootstrap seeds (ids starting {@value BuiltInPermissions#PERMIT_ID_PREFIX}) are CONFLICT for everyone,
 * admins included: they give the admin role the permissions the console and the API need (deleting
 * {@code user-svc:permit:create} from the admin role could leave nobody able to grant it back), and bootstrap
 * re-seeds any missing one at the next start, so a deletion would not even last. Each deletion is audit-logged in
 * the same transaction; the local permit index is refreshed at once.
 */
public final class DeletePermits {
    public static final int MAX_PERMITS = 1000;

    public record Command(List<PermitId> ids) {
        public Command {
            ids = List.copyOf(ids);
            if (ids.isEmpty()) {
                throw DomainException.invalid("permit ids must not be empty");
            }
            if (ids.size() > MAX_PERMITS) {
                throw DomainException.invalid("at most " + MAX_PERMITS + " permit ids per request");
            }
        }
    }

    private final PermitRepository permits;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;

    public DeletePermits(PermitRepository permits, Permissions permissions, Transactions transactions, Audit audit) {
        this.permits = permits;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
    }

    public void handle(Caller caller, Command command) {
        Ownership ownership = caller.ownership();
        transactions.run(() -> {
            // every check before the first write, so a refusal deletes nothing
            List<Permit> doomed = new ArrayList<>();
            for (PermitId id : new LinkedHashSet<>(command.ids())) {
                Permit permit = permits.findById(id).orElseThrow(() -> DomainException.notFound("permit not found"));
                if (!ownership.owns(permit.permission().value())) {
                    throw DomainException.forbidden("you can only delete permits of permissions you own");
                }
                if (BuiltInPermissions.isBuiltIn(id)) {
                    throw DomainException.conflict("built-in permits cannot be deleted");
                }
                doomed.add(permit);
            }
            for (Permit permit : doomed) {
                permits.delete(permit.id());
                audit.record(caller, AuditAction.PERMIT_DELETE, permit.id().value(), Optional.of(permit.appId()),
                        "permission " + permit.permission().value());
            }
        });
        permissions.refreshIfChanged();
    }
}
