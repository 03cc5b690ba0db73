package dev.usersvc.application.enroll;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.role.Ownership;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes enrolls by id, all or none: an unknown id is NOT_FOUND, a role the caller does not own FORBIDDEN, and
 * taking the platform admin role from its last holder CONFLICT. The holder's tokens in that app lose
 * {@code active}, so the next login or refresh no longer carries the role.
 */
public final class DeleteEnrolls {
    public static final int MAX_ENROLLS = 1000;

    public record Command(List<EnrollId> ids) {
        public Command {
            ids = List.copyOf(ids);
            if (ids.size() > MAX_ENROLLS) {
                throw DomainException.invalid("at most " + MAX_ENROLLS + " enroll ids per request");
            }
        }
    }

    private final EnrollRepository enrolls;
    private final ContactRepository contacts;
    private final TokenRepository tokens;
    private final Transactions transactions;
    private final Audit audit;

    public DeleteEnrolls(EnrollRepository enrolls, ContactRepository contacts, TokenRepository tokens,
                         Transactions transactions, Audit audit) {
        this.enrolls = enrolls;
        this.contacts = contacts;
        this.tokens = tokens;
        this.transactions = transactions;
        this.audit = audit;
    }

    public void handle(Caller caller, Command command) {
        Ownership ownership = caller.ownership();
        transactions.run(() -> {
            List<Enroll> doomed = new ArrayList<>();
            for (EnrollId id : new LinkedHashSet<>(command.ids())) {
                Enroll enroll = enrolls.findById(id).orElseThrow(() -> DomainException.notFound("enroll not found"));
                if (!ownership.owns(enroll.role().value())) {
                    throw DomainException.forbidden("you can only delete enrolls of roles you own");
                }
                doomed.add(enroll);
            }
            keepAnAdmin(doomed);
            for (Enroll enroll : doomed) {
                enrolls.delete(enroll.id());
                // the admin role counts in every app (behaviour §4.1 step 3), so its tokens go everywhere
                AppId where = enroll.role().equals(Role.ADMIN) ? AppId.ALL : enroll.appId();
                holderOf(enroll).ifPresent(userId -> tokens.deactivateAll(userId, where));
                audit.record(caller, AuditAction.ENROLL_DELETE, enroll.id().value(), Optional.of(enroll.appId()),
                        "role " + enroll.role().value());
            }
        });
    }

    /** Without an admin nobody could grant the admin role again. */
    private void keepAnAdmin(List<Enroll> doomed) {
        Set<EnrollId> doomedIds = new HashSet<>();
        doomed.forEach(enroll -> doomedIds.add(enroll.id()));
        if (doomed.stream().noneMatch(enroll -> enroll.role().equals(Role.ADMIN))) {
            return;
        }
        EnrollFilter admins = new EnrollFilter(Optional.of(Role.ADMIN.value()), Optional.empty(), Optional.empty(),
                Optional.empty());
        boolean anAdminStays = enrolls.list(admins).stream()
                .anyMatch(enroll -> enroll.userId().isPresent() && !doomedIds.contains(enroll.id()));
        if (!anAdminStays) {
            throw DomainException.conflict("the last admin keeps the admin role");
        }
    }

    /** By user id, or the registered owner of a verified contact: whose tokens carry the role today. */
    private Optional<UserId> holderOf(Enroll enroll) {
        if (enroll.userId().isPresent()) {
            return enroll.userId();
        }
        return enroll.contactId().flatMap(contacts::findById).filter(Contact::verified).map(Contact::userId);
    }
}
