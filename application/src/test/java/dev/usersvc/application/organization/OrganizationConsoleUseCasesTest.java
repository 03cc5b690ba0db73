package dev.usersvc.application.organization;

import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the console's organization pages stand on: ListAdministeredOrganizations, ReadOrganization, AddMember,
 * SaveOrganizationAdmin, InviteMember and WithdrawInvitation — who sees and changes which organization.
 */
final class OrganizationConsoleUseCasesTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller ada = world.registered("ada");
    private final Organization acme = create(ada, "acme");
    private final Caller bob = world.registered("bob");
    private final Organization bobs = create(bob, "bobs");
    private final Caller carol = world.registered("carol");

    private Organization create(Caller caller, String slug) {
        world.clock.advance(Duration.ofSeconds(1)); // distinct creation times: the listing's order is theirs
        return world.useCases.saveOrganization().handle(caller,
                new SaveOrganization.Command(Optional.empty(), new Slug(slug), "Name of " + slug, "")).organization();
    }

    private Caller relogin(String slug) {
        return world.callerOf(world.login(slug, PASSWORD));
    }

    private List<Organization> listed(Caller caller) {
        return world.useCases.listAdministeredOrganizations().handle(caller,
                new ListAdministeredOrganizations.Command(Optional.empty(), 50));
    }

    private ReadOrganization.Result read(Caller caller, Organization organization) {
        return world.useCases.readOrganization().handle(caller, new ReadOrganization.Command(organization.id()));
    }

    private void add(Caller caller, Organization organization, String user) {
        world.useCases.addMember().handle(caller, new AddMember.Command(organization.id(), user));
    }

    private void setAdmin(Caller caller, Organization organization, UserId user, boolean admin) {
        world.useCases.saveOrganizationAdmin().handle(caller,
                new SaveOrganizationAdmin.Command(organization.id(), user, admin));
    }

    private Optional<Enroll> invite(Caller caller, Organization organization, String email) {
        return world.useCases.inviteMember().handle(caller, new InviteMember.Command(organization.id(), email));
    }

    private boolean isAdmin(Organization organization, Caller user) {
        return world.enrolls.exists(organization.appId(), user.userId(),
                Role.organizationAdmin(organization.id().value()));
    }

    @Test
    void anOrganizationAdminListsOnlyTheOrganizationsTheyAdminister() {
        Organization globex = create(relogin("ada"), "globex");

        // ada's token predates both organizations: the store vouches for her
        assertThat(listed(ada)).extracting(Organization::id).containsExactly(acme.id(), globex.id());
        assertThat(listed(bob)).extracting(Organization::id).containsExactly(bobs.id());
        assertThat(listed(carol)).isEmpty();
    }

    @Test
    void aPlatformAdminListsEveryOrganizationAfterTheCursor() {
        Caller admin = world.loginAdmin();

        assertThat(listed(admin)).extracting(Organization::id).containsExactly(acme.id(), bobs.id());
        assertThat(world.useCases.listAdministeredOrganizations().handle(admin,
                new ListAdministeredOrganizations.Command(Optional.of(acme.createdAt()), 50)))
                .extracting(Organization::id).doesNotContain(acme.id());
    }

    @Test
    void anAdminReadsTheMembersWithTheirAdminFlagAndNobodyElseMay() {
        add(ada, acme, "bob");

        ReadOrganization.Result result = read(ada, acme);

        assertThat(result.organization().id()).isEqualTo(acme.id());
        assertThat(result.members()).extracting(member -> member.user().slug().value() + ":" + member.admin())
                .containsExactlyInAnyOrder("ada:true", "bob:false");
        assertThat(kindOf(() -> read(relogin("bob"), acme))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> read(carol, acme))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.readOrganization().handle(ada,
                new ReadOrganization.Command(OrganizationId.random())))).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void aPlatformAdminManagesTheMembersOfAnyOrganization() {
        Caller admin = world.loginAdmin();

        add(admin, bobs, "carol");
        setAdmin(admin, bobs, carol.userId(), true);

        assertThat(read(admin, bobs).members()).extracting(member -> member.user().slug().value() + ":" + member.admin())
                .containsExactlyInAnyOrder("bob:true", "carol:true");
    }

    @Test
    void membersAreAddedBySlugOrByIdAndUnknownNamesAreNotFound() {
        add(ada, acme, "bob");
        add(ada, acme, carol.userId().value());

        assertThat(world.memberships.members(acme.id())).extracting(Membership::userId)
                .containsExactlyInAnyOrder(ada.userId(), bob.userId(), carol.userId());
        assertThat(kindOf(() -> add(ada, acme, "nobody-here"))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> add(ada, acme, "  "))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void aCallerWhoIsNotTheAdminIsRefusedBeforeTheNameIsLookedUp() {
        assertThat(kindOf(() -> add(carol, acme, "nobody-here"))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> add(carol, acme, "bob"))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.memberships.members(acme.id())).extracting(Membership::userId).containsExactly(ada.userId());
    }

    @Test
    void anAdminMakesAMemberAdminAndBackButKeepsTheLastAdmin() {
        add(ada, acme, "bob");

        setAdmin(ada, acme, bob.userId(), true);
        assertThat(isAdmin(acme, bob)).isTrue();
        assertThat(relogin("bob").roles()).contains(Role.organizationAdmin(acme.id().value()).value());

        setAdmin(relogin("bob"), acme, ada.userId(), false);
        assertThat(isAdmin(acme, ada)).isFalse();
        assertThat(world.memberships.members(acme.id())).extracting(Membership::userId).contains(ada.userId());

        assertThat(kindOf(() -> setAdmin(relogin("bob"), acme, bob.userId(), false)))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(isAdmin(acme, bob)).isTrue();
    }

    @Test
    void onlyMembersBecomeAdminsAndOnlyAdminsDecide() {
        add(ada, acme, "bob");

        assertThat(kindOf(() -> setAdmin(ada, acme, carol.userId(), true))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> setAdmin(relogin("bob"), acme, bob.userId(), true)))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> setAdmin(relogin("bob"), acme, ada.userId(), false)))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(isAdmin(acme, bob)).isFalse();
        assertThat(isAdmin(acme, ada)).isTrue();
    }

    @Test
    void anInvitationIsPendingUntilItsContactIsVerifiedAndThenCarriesTheMemberRole() {
        Caller admin = relogin("ada");

        Enroll invitation = invite(admin, acme, "Dora+work@Example.com").orElseThrow();

        assertThat(invitation.contactId()).contains(new ContactId("dora@example.com"));
        assertThat(invitation.role()).isEqualTo(Role.organizationUser(acme.id().value()));
        assertThat(read(admin, acme).invitations()).singleElement()
                .satisfies(shown -> assertThat(shown.pending()).isTrue());

        Caller dora = world.registered("dora");
        world.contacts.insert(new Contact(new ContactId("dora@example.com"), dora.userId(), "email",
                "dora@example.com", true, true, world.clock.instant(), world.clock.instant()));
        world.tokens.deactivateAll(dora.userId(), dora.appId()); // so the next login mints, as after a verification

        assertThat(read(admin, acme).invitations()).singleElement()
                .satisfies(shown -> assertThat(shown.claimedBy().map(user -> user.id())).contains(dora.userId()));
        assertThat(relogin("dora").roles()).contains(Role.organizationUser(acme.id().value()).value());
    }

    @Test
    void invitationsNeedAnEmailAndTheOrganizationsAdmin() {
        assertThat(kindOf(() -> invite(relogin("ada"), acme, "not an address"))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> invite(relogin("bob"), acme, "x@example.com"))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.enrolls.list(dev.usersvc.domain.enroll.EnrollFilter.all()))
                .noneMatch(enroll -> enroll.contactId().isPresent());
    }

    @Test
    void anAdminWithdrawsOnlyTheirOwnOrganizationsInvitations() {
        Enroll toAcme = invite(relogin("ada"), acme, "dora@example.com").orElseThrow();
        Enroll toBobs = invite(relogin("bob"), bobs, "erin@example.com").orElseThrow();

        assertThat(kindOf(() -> withdraw(relogin("ada"), acme, toBobs.id()))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> withdraw(relogin("ada"), bobs, toBobs.id()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> withdraw(relogin("ada"), acme, EnrollId.random()))).isEqualTo(ErrorKind.NOT_FOUND);
        withdraw(relogin("ada"), acme, toAcme.id());

        assertThat(world.enrolls.findById(toAcme.id())).isEmpty();
        assertThat(world.enrolls.findById(toBobs.id())).isPresent();
    }

    private void withdraw(Caller caller, Organization organization, EnrollId id) {
        world.useCases.withdrawInvitation().handle(caller, new WithdrawInvitation.Command(organization.id(), id));
    }
}
