package dev.usersvc.application;

import dev.usersvc.application.app.AppResolver;
import dev.usersvc.application.enroll.RoleAssignments;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.application.token.SigningKeys;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Ids;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prepares a store at start-up (decision 14): a signing key, the {@code unnamed} app, the built-in permits,
 * user-svc's own service account and, while nobody is admin, the admin account. Idempotent, and safe when several
 * nodes run it at once on one database: every step tolerates losing a race to another node.
 */
public final class Bootstrap {
    public record Command(Slug adminSlug, Optional<Password> adminPassword) {
    }

    /** {@code generatedAdminPassword} is present only on the node that created the admin without a configured one. */
    public record Result(Optional<String> generatedAdminPassword) {
    }

    private final SigningKeys signingKeys;
    private final AppResolver appResolver;
    private final PermitRepository permits;
    private final Permissions permissions;
    private final UserRepository users;
    private final EnrollRepository enrolls;
    private final RoleAssignments roleAssignments;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final Clock clock;

    public Bootstrap(SigningKeys signingKeys, AppResolver appResolver, PermitRepository permits,
                     Permissions permissions, UserRepository users, EnrollRepository enrolls,
                     RoleAssignments roleAssignments, PasswordHasher passwordHasher, Transactions transactions,
                     Clock clock) {
        this.signingKeys = signingKeys;
        this.appResolver = appResolver;
        this.permits = permits;
        this.permissions = permissions;
        this.users = users;
        this.enrolls = enrolls;
        this.roleAssignments = roleAssignments;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        signingKeys.ensureOne();
        App unnamed = appResolver.getOrCreate(AppHost.UNNAMED);
        seedPermits();
        permissions.refreshIfChanged();
        ensureOwnAccount();
        return new Result(ensureAdmin(command, unnamed.id()));
    }

    /** Built-in permit ids are fixed, so nodes seeding at once write the same rows. */
    private void seedPermits() {
        Instant now = clock.instant();
        for (Map.Entry<Role, List<String>> grant : BuiltInPermissions.DEFAULT_GRANTS.entrySet()) {
            for (String permission : grant.getValue()) {
                PermitId id = BuiltInPermissions.permitId(grant.getKey(), permission);
                if (permits.findById(id).isEmpty()) {
                    tolerateRace(() -> permits.save(new Permit(id, AppId.ALL, new Permission(permission),
                            List.of(grant.getKey().value()), List.of(), now, now)));
                }
            }
        }
    }

    private void ensureOwnAccount() {
        Slug slug = new Slug("user-svc");
        if (users.findBySlug(slug).isEmpty()) {
            // user-svc never logs in to itself: the account exists so that its slug, and what it owns, is taken
            tolerateRace(() -> users.insert(User.create(UserId.random(), slug, "User Svc", UserType.SERVICE, null,
                    clock.instant())));
        }
    }

    private Optional<String> ensureAdmin(Command command, AppId unnamed) {
        EnrollFilter admins = new EnrollFilter(Optional.of(Role.ADMIN.value()), Optional.empty(), Optional.empty(),
                Optional.empty());
        if (!enrolls.list(admins).isEmpty() || users.findBySlug(command.adminSlug()).isPresent()) {
            return Optional.empty();
        }
        String password = command.adminPassword().map(Password::value).orElseGet(Ids::randomBase62);
        User admin = User.create(UserId.random(), command.adminSlug(), "Admin", UserType.HUMAN,
                passwordHasher.hash(Password.newPassword(password)), clock.instant());
        try {
            transactions.run(() -> {
                users.insert(admin);
                roleAssignments.assign(admin.id(), unnamed, Role.ADMIN, Optional.empty(), clock.instant());
            });
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.CONFLICT) {
                return Optional.empty(); // another node created the admin first
            }
            throw e;
        }
        return command.adminPassword().isPresent() ? Optional.empty() : Optional.of(password);
    }

    private static void tolerateRace(Runnable write) {
        try {
            write.run();
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
        }
    }
}
