package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.login.LoginThrottle;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;

/**
 * Changes the caller's own password. The current password must match (UNAUTHENTICATED otherwise, throttled like
 * a login, so a stolen token cannot be used to guess it); the new one must meet the policy (INVALID_INPUT).
 */
public final class ChangePassword {
    public record Command(Password currentPassword, Password newPassword, String clientAddress) {
    }

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Permissions permissions;
    private final LoginThrottle throttle;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ChangePassword(UserRepository users, PasswordHasher passwordHasher, Permissions permissions,
                          LoginThrottle throttle, Transactions transactions, Audit audit, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.permissions = permissions;
        this.throttle = throttle;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.PASSWORD_CHANGE);
        Password newPassword = Password.newPassword(command.newPassword().value());
        throttle.checkAllowed(caller.slug(), command.clientAddress());
        User user = users.findById(caller.userId())
                .orElseThrow(() -> DomainException.unauthenticated("user no longer exists"));
        boolean matches = user.passwordHash()
                .map(hash -> passwordHasher.matches(command.currentPassword(), hash))
                .orElse(false);
        if (!matches) {
            throttle.recordFailure(caller.slug(), command.clientAddress());
            throw DomainException.unauthenticated("current password is wrong");
        }
        throttle.recordSuccess(caller.slug(), command.clientAddress());
        PasswordHash hash = passwordHasher.hash(newPassword); // slow on purpose: kept out of the transaction
        transactions.run(() -> {
            users.update(user.withPassword(hash, clock.instant()));
            audit.record(caller, AuditAction.USER_PASSWORD_CHANGE, user.id().value());
        });
    }
}
