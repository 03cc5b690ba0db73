package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One organization as its admins manage it: its members (a membership, or the organization's user or admin role
 * given by user id), each with whether they are an admin, and its invitations (the organization's roles enrolled by
 * contact), each with the registered user who claimed it by verifying the contact, if any. NOT_FOUND outside the
 * caller's app, FORBIDDEN for a caller who is not its admin (platform admins manage every organization).
 */
public final class ReadOrganization {
    public record Command(OrganizationId organizationId) {
    }

    public record Member(User user, boolean admin) {
    }

    /** A pending invitation has no {@code claimedBy}: nobody registered has verified the contact yet. */
    public record Invitation(Enroll enroll, Optional<User> claimedBy) {
        public boolean pending() {
            return claimedBy.isEmpty();
        }
    }

    public record Result(Organization organization, List<Member> members, List<Invitation> invitations) {
    }

    private final OrganizationAccess access;
    private final MembershipRepository memberships;
    private final EnrollRepository enrolls;
    private final UserRepository users;
    private final ContactRepository contacts;

    public ReadOrganization(OrganizationAccess access, MembershipRepository memberships, EnrollRepository enrolls,
                            UserRepository users, ContactRepository contacts) {
        this.access = access;
        this.memberships = memberships;
        this.enrolls = enrolls;
        this.users = users;
        this.contacts = contacts;
    }

    public Result handle(Caller caller, Command command) {
        Organization organization = access.administeredBy(caller, command.organizationId());
        String id = organization.id().value();
        List<Enroll> roles = new ArrayList<>(byRole(organization.appId(), Role.organizationAdmin(id)));
        roles.addAll(byRole(organization.appId(), Role.organizationUser(id)));

        Set<UserId> memberIds = new LinkedHashSet<>();
        memberships.members(organization.id()).stream().map(Membership::userId).forEach(memberIds::add);
        roles.stream().map(Enroll::userId).flatMap(Optional::stream).forEach(memberIds::add);
        Set<UserId> admins = new LinkedHashSet<>();
        roles.stream().filter(enroll -> enroll.role().equals(Role.organizationAdmin(id)))
                .map(Enroll::userId).flatMap(Optional::stream).forEach(admins::add);
        List<Member> members = memberIds.stream().map(users::findById).flatMap(Optional::stream)
                .map(user -> new Member(user, admins.contains(user.id()))).toList();

        List<Invitation> invitations = roles.stream().filter(enroll -> enroll.contactId().isPresent())
                .map(enroll -> new Invitation(enroll, enroll.contactId().flatMap(contacts::findById)
                        .filter(Contact::verified).map(Contact::userId).flatMap(users::findById)))
                .toList();
        return new Result(organization, members, invitations);
    }

    private List<Enroll> byRole(AppId appId, Role role) {
        return enrolls.list(new EnrollFilter(Optional.of(role.value()), Optional.empty(), Optional.empty(),
                Optional.of(appId)));
    }
}
