package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationQuery;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.util.List;
import java.util.Optional;

/**
 * The caller's own account, the roles of the presented token, contacts, the organizations it belongs to in the
 * token's app with the active one and, when asked, its token count.
 */
public final class ReadSelf {
    public record Result(User user, List<String> roles, List<Contact> contacts, long tokenCount,
                         List<Organization> organizations, Optional<OrganizationId> activeOrganizationId) {
    }

    private final UserRepository users;
    private final ContactRepository contacts;
    private final TokenRepository tokens;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;

    public ReadSelf(UserRepository users, ContactRepository contacts, TokenRepository tokens,
                    OrganizationRepository organizations, MembershipRepository memberships) {
        this.users = users;
        this.contacts = contacts;
        this.tokens = tokens;
        this.organizations = organizations;
        this.memberships = memberships;
    }

    public Result handle(Caller caller, boolean countTokens) {
        User user = users.findById(caller.userId())
                .orElseThrow(() -> DomainException.unauthenticated("user no longer exists"));
        List<OrganizationId> memberOf = memberships.findByUser(user.id(), caller.appId()).stream()
                .map(Membership::organizationId).toList();
        List<Organization> organizationsOfUser = memberOf.isEmpty() ? List.of() : organizations.list(
                new OrganizationQuery(caller.appId(), Optional.of(memberOf), Optional.empty(),
                        OrganizationQuery.MAX_LIMIT));
        return new Result(user, caller.roles(), contacts.findByUser(user.id()),
                countTokens ? tokens.countByUser(user.id()) : 0, organizationsOfUser,
                memberships.activeOf(user.id(), caller.appId()));
    }
}
