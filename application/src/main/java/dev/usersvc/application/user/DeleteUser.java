package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.application.token.RevocationList;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * Deletes an account and everything hanging off it (needs {@code user-svc:user:delete}); its tokens are revoked
 * in the same transaction, so they stop working at once. NOT_FOUND for an unknown user; CONFLICT for the last
 * admin and for user-svc's own account.
 */
public final class DeleteUser {
    public static final String OWN_ACCOUNT_SLUG = "user-svc";

    private final UserRepository users;
    private final EnrollRepository enrolls;
    private final TokenRepository tokens;
    private final Permissions permissions;
    private final RevocationList revocations;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public DeleteUser(UserRepository users, EnrollRepository enrolls, TokenRepository tokens,
                      Permissions permissions, RevocationList revocations, Transactions transactions, Audit audit,
                      Clock clock) {
        this.users = users;
        this.enrolls = enrolls;
        this.tokens = tokens;
        this.permissions = permissions;
        this.revocations = revocations;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void handle(Caller caller, UserId userId) {
        permissions.require(caller, BuiltInPermissions.USER_DELETE);
        transactions.run(() -> {
            User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("user not found"));
            if (user.slug().value().equals(OWN_ACCOUNT_SLUG)) {
                throw DomainException.conflict("user-svc's own account cannot be deleted");
            }
            if (enrolls.holdsAnywhere(userId, Role.ADMIN) && adminCount() <= 1) {
                throw DomainException.conflict("the last admin cannot be deleted");
            }
            tokens.revoke(Optional.of(userId), Optional.empty(), clock.instant());
            users.delete(userId);
            audit.record(caller, AuditAction.USER_DELETE, userId.value(), Optional.empty(),
                    "slug " + user.slug().value());
        });
        revocations.sync();
    }

    private long adminCount() {
        EnrollFilter admins = new EnrollFilter(Optional.of(Role.ADMIN.value()), Optional.empty(), Optional.empty(),
                Optional.empty());
        return enrolls.list(admins).stream().map(Enroll::userId).flatMap(Optional::stream).distinct().count();
    }
}
