package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Edits another user's name and thumbnail and, when given, replaces its labels (needs {@code user-svc:user:edit}).
 * NOT_FOUND for an unknown user.
 */
public final class SaveUser {
    /** {@code labels} empty leaves the labels alone (the API); present replaces them all (the console). */
    public record Command(UserId userId, String name, String thumbnailFileId, Optional<Map<String, String>> labels) {
        public Command {
            labels = labels.map(Map::copyOf);
        }

        public Command(UserId userId, String name, String thumbnailFileId) {
            this(userId, name, thumbnailFileId, Optional.empty());
        }
    }

    private final UserRepository users;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SaveUser(UserRepository users, Permissions permissions, Transactions transactions, Audit audit,
                    Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public User handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.USER_EDIT);
        return transactions.inTransaction(() -> {
            User user = users.findById(command.userId())
                    .orElseThrow(() -> DomainException.notFound("user not found"));
            User profiled = user.withProfile(command.name(), command.thumbnailFileId(), clock.instant());
            User changed = command.labels().map(labels -> profiled.withLabels(labels, clock.instant()))
                    .orElse(profiled);
            users.update(changed);
            audit.record(caller, AuditAction.USER_EDIT, changed.id().value());
            return changed;
        });
    }
}
