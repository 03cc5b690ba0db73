package dev.usersvc.application.enroll;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.app.AppResolver;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.role.Ownership;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives roles to users by user id or contact (behaviour §9.13). The caller must own every role (FORBIDDEN, nothing
 * saved). A known user, or a registered user's verified contact, gets the role at once; anything else is stored as
 * a pending enroll that applies at the next mint once that user or verified contact exists (decision 15). A given
 * id that exists must be in the same app (CONFLICT) with a role the caller owns (FORBIDDEN, decision 5). Apps named
 * by an unknown host are created. Returns the pending enrolls stored.
 */
public final class SaveEnrolls {
    public static final int MAX_ENROLLS = 1000;

    public record Item(Optional<EnrollId> id, AppTarget app, Role role, Optional<UserId> userId,
                       Optional<ContactId> contactId) {
        public Item {
            if (userId.isEmpty() && contactId.isEmpty()) {
                throw DomainException.invalid("an enroll needs a userId or a contactId");
            }
        }
    }

    public record Command(List<Item> enrolls) {
        public Command {
            enrolls = List.copyOf(enrolls);
            if (enrolls.isEmpty()) {
                throw DomainException.invalid("enrolls must not be empty");
            }
            if (enrolls.size() > MAX_ENROLLS) {
                throw DomainException.invalid("at most " + MAX_ENROLLS + " enrolls per request");
            }
        }
    }

    private final EnrollRepository enrolls;
    private final UserRepository users;
    private final ContactRepository contacts;
    private final AppResolver appResolver;
    private final RoleAssignments roleAssignments;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SaveEnrolls(EnrollRepository enrolls, UserRepository users, ContactRepository contacts,
                       AppResolver appResolver, RoleAssignments roleAssignments, Transactions transactions,
                       Audit audit, Clock clock) {
        this.enrolls = enrolls;
        this.users = users;
        this.contacts = contacts;
        this.appResolver = appResolver;
        this.roleAssignments = roleAssignments;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Enroll> handle(Caller caller, Command command) {
        Ownership ownership = caller.ownership();
        for (Item item : command.enrolls()) {
            if (!ownership.owns(item.role().value())) {
                throw DomainException.forbidden("you can only give roles you own: " + item.role());
            }
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            List<AppId> appIds = command.enrolls().stream()
                    .map(item -> item.app().getOrCreate(caller, appResolver)).toList();
            // every id checked before the first write, so a refusal leaves the enrolls as they were
            List<Optional<Enroll>> existing = new ArrayList<>();
            for (int i = 0; i < command.enrolls().size(); i++) {
                Optional<Enroll> stored = command.enrolls().get(i).id().flatMap(enrolls::findById);
                if (stored.isPresent() && !ownership.owns(stored.get().role().value())) {
                    throw DomainException.forbidden("enroll id is taken by another owner");
                }
                if (stored.isPresent() && !stored.get().appId().equals(appIds.get(i))) {
                    throw DomainException.conflict("enroll id is taken in another app");
                }
                existing.add(stored);
            }
            List<Enroll> pending = new ArrayList<>();
            for (int i = 0; i < command.enrolls().size(); i++) {
                Item item = command.enrolls().get(i);
                Optional<UserId> recipient = recipientOf(item);
                if (recipient.isPresent()) {
                    roleAssignments.assign(recipient.get(), appIds.get(i), item.role(),
                            Optional.of(caller.userId()), now);
                    audit.record(caller, AuditAction.ENROLL_SAVE, recipient.get().value(),
                            Optional.of(appIds.get(i)), "role " + item.role().value() + " given");
                    continue;
                }
                Optional<Enroll> stored = existing.get(i);
                Enroll enroll = new Enroll(item.id().orElseGet(EnrollId::random), appIds.get(i), item.role(),
                        item.userId(), item.contactId(), Optional.of(caller.userId()),
                        stored.map(Enroll::createdAt).orElse(now), now);
                if (stored.isPresent()) {
                    enrolls.update(enroll);
                } else {
                    enrolls.insert(enroll);
                }
                pending.add(enroll);
                audit.record(caller, AuditAction.ENROLL_SAVE, enroll.id().value(), Optional.of(enroll.appId()),
                        "role " + item.role().value() + " pending");
            }
            return List.copyOf(pending);
        });
    }

    /** Who gets the role now: the user by id, else the registered owner of the contact once it is verified. */
    private Optional<UserId> recipientOf(Item item) {
        Optional<UserId> known = item.userId().filter(id -> users.findById(id).isPresent());
        if (known.isPresent()) {
            return known;
        }
        return item.contactId().flatMap(contacts::findById).filter(Contact::verified).map(Contact::userId);
    }
}
