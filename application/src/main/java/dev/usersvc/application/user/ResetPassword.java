package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;

/** Sets another user's password (needs {@code user-svc:user:password-reset}). NOT_FOUND for an unknown user. */
public final class ResetPassword {
    public record Command(UserId userId, Password newPassword) {
    }

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ResetPassword(UserRepository users, PasswordHasher passwordHasher, Permissions permissions,
                         Transactions transactions, Audit audit, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.PASSWORD_RESET);
        Password newPassword = Password.newPassword(command.newPassword().value());
        PasswordHash hash = passwordHasher.hash(newPassword); // slow on purpose: kept out of the transaction
        transactions.run(() -> {
            User user = users.findById(command.userId())
                    .orElseThrow(() -> DomainException.notFound("user not found"));
            users.update(user.withPassword(hash, clock.instant()));
            audit.record(caller, AuditAction.USER_PASSWORD_RESET, user.id().value());
        });
    }
}
