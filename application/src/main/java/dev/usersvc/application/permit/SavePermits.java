package dev.usersvc.application.permit;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitFilter;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.role.Ownership;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves permits (behaviour §9.11). The caller must own every permission it grants (decision 11), and a given id
 * that exists must hold a permission the caller owns (decision 5): otherwise FORBIDDEN and nothing is saved. An
 * unknown app host is INVALID_INPUT. A permit equal to a stored one is skipped. The local permit index is
 * refreshed at once; other nodes see the change at their next poll.
 */
public final class SavePermits {
    public static final int MAX_PERMITS = 1000;

    public record Item(Optional<PermitId> id, AppTarget app, Permission permission, List<String> roles,
                       List<String> slugs) {
        public Item {
            roles = List.copyOf(roles);
            slugs = List.copyOf(slugs);
        }
    }

    public record Command(List<Item> permits) {
        public Command {
            permits = List.copyOf(permits);
            if (permits.size() > MAX_PERMITS) {
                throw DomainException.invalid("at most " + MAX_PERMITS + " permits per request");
            }
        }
    }

    private final PermitRepository permits;
    private final AppRepository apps;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SavePermits(PermitRepository permits, AppRepository apps, Permissions permissions,
                       Transactions transactions, Audit audit, Clock clock) {
        this.permits = permits;
        this.apps = apps;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void handle(Caller caller, Command command) {
        Ownership ownership = caller.ownership();
        for (Item item : command.permits()) {
            if (!ownership.owns(item.permission().value())) {
                throw DomainException.forbidden("you can only grant permissions you own: " + item.permission());
            }
        }
        List<AppId> appIds = command.permits().stream().map(item -> item.app().existing(caller, apps)).toList();
        Instant now = clock.instant();
        transactions.run(() -> {
            // every check before the first write, so a refusal leaves the store as it was even without rollback
            List<Permit> toSave = new ArrayList<>();
            for (int i = 0; i < command.permits().size(); i++) {
                Item item = command.permits().get(i);
                Optional<Permit> existing = item.id().flatMap(permits::findById);
                if (existing.isPresent() && !ownership.owns(existing.get().permission().value())) {
                    throw DomainException.forbidden("permit id is taken by another owner");
                }
                Permit permit = new Permit(item.id().orElseGet(PermitId::random), appIds.get(i), item.permission(),
                        item.roles(), item.slugs(), existing.map(Permit::createdAt).orElse(now), now);
                // compared with the store as it was, so twins within one request are all saved (§9.11 step 5)
                if (!storedTwinExists(permit)) {
                    toSave.add(permit);
                }
            }
            for (Permit permit : toSave) {
                permits.save(permit);
                audit.record(caller, AuditAction.PERMIT_SAVE, permit.id().value(), Optional.of(permit.appId()),
                        "permission " + permit.permission().value() + " to roles " + String.join(" ", permit.roles())
                                + " slugs " + String.join(" ", permit.slugs()));
            }
        });
        permissions.refreshIfChanged();
    }

    private boolean storedTwinExists(Permit permit) {
        PermitFilter sameGrant = new PermitFilter(Optional.empty(), Optional.of(permit.permission()),
                Optional.empty(), Optional.empty(), Optional.of(permit.appId()));
        return permits.list(sameGrant).stream().anyMatch(permit::sameGrantAs);
    }
}
