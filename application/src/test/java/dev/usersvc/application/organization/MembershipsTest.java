package dev.usersvc.application.organization;

import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.token.ExchangeToken;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SaveMembership and DeleteMembership: who may add and remove members, and what members get. */
final class MembershipsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    // ada keeps the token minted before her organization existed: the store must vouch for her (behaviour §9.23)
    private final Caller ada = world.registered("ada");
    private final Organization acme = create(ada, "acme");
    private final Caller bob = world.registered("bob");

    private Organization create(Caller caller, String slug) {
        return world.useCases.saveOrganization().handle(caller,
                new SaveOrganization.Command(Optional.empty(), new Slug(slug), "Name of " + slug, "")).organization();
    }

    private void add(Caller caller, OrganizationId organization, UserId user) {
        world.useCases.saveMembership().handle(caller, new SaveMembership.Command(organization, user));
    }

    private void remove(Caller caller, OrganizationId organization, UserId user) {
        world.useCases.deleteMembership().handle(caller, new DeleteMembership.Command(organization, user));
    }

    private Caller relogin(String slug) {
        return world.callerOf(world.login(slug, PASSWORD));
    }

    @Test
    void anAdminAddsAMemberWhoseNextLoginCarriesTheRoleAndTheOrganization() {
        add(ada, acme.id(), bob.userId());

        Caller bobAgain = relogin("bob");
        assertThat(bobAgain.roles()).contains(Role.organizationUser(acme.id().value()).value());
        assertThat(bobAgain.activeOrganizationId()).contains(acme.id().value());
        assertThat(world.memberships.members(acme.id())).extracting(Membership::userId)
                .containsExactlyInAnyOrder(ada.userId(), bob.userId());
    }

    @Test
    void joiningASecondOrganizationKeepsTheActiveOne() {
        Organization globex = create(ada, "globex");
        add(ada, acme.id(), bob.userId());

        add(relogin("ada"), globex.id(), bob.userId());

        assertThat(world.memberships.activeOf(bob.userId(), bob.appId())).contains(acme.id());
        assertThat(world.memberships.findByUser(bob.userId(), bob.appId())).hasSize(2);
    }

    @Test
    void aMemberCannotAddOrRemoveMembers() {
        add(ada, acme.id(), bob.userId());
        Caller member = relogin("bob");
        Caller carol = world.registered("carol");

        assertThat(kindOf(() -> add(member, acme.id(), carol.userId()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> remove(member, acme.id(), ada.userId()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.memberships.members(acme.id())).extracting(Membership::userId)
                .containsExactlyInAnyOrder(ada.userId(), bob.userId());
        assertThat(world.enrolls.exists(ada.appId(), ada.userId(), Role.organizationAdmin(acme.id().value())))
                .isTrue();
    }

    @Test
    void theAdminOfOneOrganizationCannotTouchAnother() {
        Organization bobs = create(bob, "bobs");
        Caller carol = world.registered("carol");

        assertThat(kindOf(() -> add(ada, bobs.id(), carol.userId()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> remove(ada, bobs.id(), bob.userId()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.memberships.members(bobs.id())).extracting(Membership::userId).containsExactly(bob.userId());
    }

    @Test
    void unknownOrganizationsUsersAndMembershipsAreNotFound() {
        Caller elsewhere = world.callerOf(world.useCases.exchangeToken().handle(ada, new ExchangeToken.Command(
                Optional.of(new AppHost("other.example.com")), Optional.empty(), Optional.empty())));

        assertThat(kindOf(() -> add(ada, OrganizationId.random(), bob.userId()))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> add(ada, acme.id(), UserId.random()))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> add(elsewhere, acme.id(), bob.userId()))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> remove(ada, acme.id(), bob.userId()))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(world.memberships.members(acme.id())).hasSize(1);
    }

    @Test
    void removingAMemberTakesTheRoleAndTheOrganizationFromTheNextToken() {
        add(ada, acme.id(), bob.userId());
        assertThat(relogin("bob").roles()).contains(Role.organizationUser(acme.id().value()).value());

        remove(ada, acme.id(), bob.userId());

        Caller bobAgain = relogin("bob");
        assertThat(bobAgain.roles()).doesNotContain(Role.organizationUser(acme.id().value()).value());
        assertThat(bobAgain.activeOrganizationId()).isEmpty();
        assertThat(world.memberships.members(acme.id())).extracting(Membership::userId)
                .containsExactly(ada.userId());
    }

    @Test
    void anAdminRemovesAnotherAdminButNotTheLastOne() {
        add(ada, acme.id(), bob.userId());
        world.enrolls.insert(new Enroll(EnrollId.random(),
                acme.appId(), Role.organizationAdmin(acme.id().value()), Optional.of(bob.userId()), Optional.empty(),
                Optional.of(ada.userId()), world.clock.instant(), world.clock.instant()));

        remove(ada, acme.id(), bob.userId());

        assertThat(relogin("bob").roles()).noneMatch(role -> role.contains(acme.id().value()));
        assertThat(kindOf(() -> remove(ada, acme.id(), ada.userId()))).isEqualTo(ErrorKind.CONFLICT);
        assertThat(relogin("ada").roles()).contains(Role.organizationAdmin(acme.id().value()).value());
    }
}
