package dev.usersvc.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link MembershipRepository} does, over an initially empty store. */
public interface MembershipRepositoryContract {
    MembershipRepository newRepository();

    @Test
    default void readsBackMembershipsByUserInOneAppAndByOrganization() {
        MembershipRepository memberships = newRepository();
        AppId shoes = AppId.random();
        UserId ada = UserId.random();
        OrganizationId acme = OrganizationId.random();
        Membership adaInAcme = OrganizationFixtures.aMembership(acme, ada, shoes);
        Membership bobInAcme = OrganizationFixtures.aMembership(acme, UserId.random(), shoes);
        Membership adaElsewhere = OrganizationFixtures.aMembership(OrganizationId.random(), ada, AppId.random());
        memberships.save(adaInAcme);
        memberships.save(bobInAcme);
        memberships.save(adaElsewhere);

        assertThat(memberships.findByUser(ada, shoes)).containsExactly(adaInAcme);
        assertThat(memberships.members(acme)).containsExactly(adaInAcme, bobInAcme);
        assertThat(memberships.findByUser(UserId.random(), shoes)).isEmpty();
    }

    @Test
    default void readsBackAUsersMembershipsInEveryAppOldestFirst() {
        MembershipRepository memberships = newRepository();
        UserId ada = UserId.random();
        java.time.Instant base = dev.usersvc.domain.Fixtures.uniqueTime();
        Membership newer = new Membership(OrganizationId.random(), ada, AppId.random(), true, base.plusSeconds(2));
        Membership older = new Membership(OrganizationId.random(), ada, AppId.random(), false, base);
        memberships.save(newer);
        memberships.save(older);
        memberships.save(OrganizationFixtures.aMembership(newer.organizationId(), UserId.random(), newer.appId()));

        assertThat(memberships.findByUserInEveryApp(ada)).containsExactly(older, newer);
        assertThat(memberships.findByUserInEveryApp(UserId.random())).isEmpty();
    }

    @Test
    default void savingAgainReplacesTheActiveFlagAndKeepsOneMembership() {
        MembershipRepository memberships = newRepository();
        Membership active = OrganizationFixtures.aMembership(OrganizationId.random(), UserId.random(),
                AppId.random());
        memberships.save(active);

        memberships.save(new Membership(active.organizationId(), active.userId(), active.appId(), false,
                active.createdAt().plusSeconds(5)));

        assertThat(memberships.members(active.organizationId())).containsExactly(new Membership(
                active.organizationId(), active.userId(), active.appId(), false, active.createdAt()));
        assertThat(memberships.activeOf(active.userId(), active.appId())).isEmpty();
    }

    @Test
    default void keepsOneActiveOrganizationPerUserAndApp() {
        MembershipRepository memberships = newRepository();
        AppId shoes = AppId.random();
        AppId hats = AppId.random();
        UserId ada = UserId.random();
        OrganizationId acme = OrganizationId.random();
        OrganizationId globex = OrganizationId.random();
        OrganizationId initech = OrganizationId.random();
        memberships.save(OrganizationFixtures.aMembership(acme, ada, shoes));
        memberships.save(OrganizationFixtures.aMembership(globex, ada, shoes));
        memberships.save(OrganizationFixtures.aMembership(initech, ada, hats));

        memberships.setActive(ada, shoes, globex);

        assertThat(memberships.activeOf(ada, shoes)).contains(globex);
        assertThat(memberships.findByUser(ada, shoes)).filteredOn(Membership::active).hasSize(1);
        assertThat(memberships.activeOf(ada, hats)).contains(initech);
        assertThat(memberships.activeOf(UserId.random(), shoes)).isEmpty();
    }

    @Test
    default void deletesOneMembership() {
        MembershipRepository memberships = newRepository();
        AppId shoes = AppId.random();
        UserId ada = UserId.random();
        OrganizationId acme = OrganizationId.random();
        Membership kept = OrganizationFixtures.aMembership(OrganizationId.random(), ada, shoes);
        memberships.save(OrganizationFixtures.aMembership(acme, ada, shoes));
        memberships.save(kept);

        assertThat(memberships.delete(acme, ada)).isTrue();
        assertThat(memberships.delete(acme, ada)).isFalse();

        assertThat(memberships.findByUser(ada, shoes)).containsExactly(kept);
        assertThat(memberships.members(acme)).isEmpty();
    }
}
