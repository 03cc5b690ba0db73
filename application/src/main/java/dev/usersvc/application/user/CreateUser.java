package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.enroll.RoleAssignments;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.role.Ownership;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.ReservedSlugs;
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
 * Creates an account for someone else (needs {@code user-svc:user:create}), with contacts, an optional password
 * and roles in an existing app. The caller must own every role it gives (FORBIDDEN). A given user id must be new
 * (CONFLICT): unlike the original, an existing account is never touched.
 */
public final class CreateUser {
    public static final int MAX_CONTACTS = 10;

    public record Command(AppHost appHost, Optional<UserId> id, Slug slug, String name, String thumbnailFileId,
                          Map<String, String> labels, List<NewContact> contacts, Optional<Password> password,
                          List<Role> roles) {
        public Command {
            contacts = List.copyOf(contacts);
            roles = List.copyOf(roles);
            if (contacts.size() > MAX_CONTACTS) {
                throw DomainException.invalid("a user has at most " + MAX_CONTACTS + " contacts");
            }
        }
    }

    private final UserRepository users;
    private final ContactRepository contacts;
    private final AppRepository apps;
    private final PasswordHasher passwordHasher;
    private final ReservedSlugs reservedSlugs;
    private final Permissions permissions;
    private final RoleAssignments roleAssignments;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public CreateUser(UserRepository users, ContactRepository contacts, AppRepository apps,
                      PasswordHasher passwordHasher, ReservedSlugs reservedSlugs, Permissions permissions,
                      RoleAssignments roleAssignments, Transactions transactions, Audit audit, Clock clock) {
        this.users = users;
        this.contacts = contacts;
        this.apps = apps;
        this.passwordHasher = passwordHasher;
        this.reservedSlugs = reservedSlugs;
        this.permissions = permissions;
        this.roleAssignments = roleAssignments;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public User handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.USER_CREATE);
        Ownership ownership = caller.ownership();
        for (Role role : command.roles()) {
            if (!ownership.owns(role.value())) {
                throw DomainException.forbidden("you can only give roles you own: " + role.value());
            }
        }
        if (!caller.isAdmin() && command.contacts().stream().anyMatch(NewContact::verified)) {
            // a verified contact claims the enrolls waiting for it (decision 15): only admins may vouch for one
            throw DomainException.forbidden("only an admin may add a verified contact");
        }
        reservedSlugs.checkAvailable(command.slug());
        App app = apps.findByHost(command.appHost()).orElseThrow(() -> DomainException.invalid("unknown app host"));
        PasswordHash hash = command.password().map(p -> passwordHasher.hash(Password.newPassword(p.value())))
                .orElse(null);
        Instant now = clock.instant();
        UserId id = command.id().orElseGet(UserId::random);
        User user = User.create(id, command.slug(), command.name(), UserType.ofSlug(command.slug()), hash, now)
                .withProfile("", command.thumbnailFileId(), now)
                .withLabelsMerged(command.labels(), now);
        return transactions.inTransaction(() -> {
            if (users.findById(id).isPresent()) {
                throw DomainException.conflict("user id is already taken");
            }
            User stored = users.insert(user);
            for (NewContact contact : command.contacts()) {
                contacts.insert(new Contact(contact.id(), id, contact.platform(), contact.handle(),
                        contact.verified(), contact.primary(), now, now));
            }
            for (Role role : command.roles()) {
                roleAssignments.assign(id, app.id(), role, Optional.of(caller.userId()), now);
            }
            audit.record(caller, AuditAction.USER_CREATE, id.value(), Optional.of(app.id()),
                    "slug " + command.slug().value() + rolesNote(command.roles()));
            return stored;
        });
    }

    private static String rolesNote(List<Role> roles) {
        return roles.isEmpty() ? "" : ", roles " + String.join(" ", roles.stream().map(Role::value).toList());
    }
}
