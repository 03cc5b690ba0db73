package dev.usersvc.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.organization.OrganizationFixtures;
import dev.usersvc.domain.permit.PermitFixtures;
import dev.usersvc.domain.user.UserFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadDashboardTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();

    private ReadDashboard.Figures figures(Caller caller) {
        return world.useCases.readDashboard().handle(caller);
    }

    @Test
    void countsUsersServiceAccountsOrganizationsPermitsAndLiveTokens() {
        ReadDashboard.Figures before = figures(admin);

        world.register("ada"); // a user, and a token
        world.users.insert(UserFixtures.aService().build());
        world.organizations.insert(OrganizationFixtures.anOrganization().build());
        world.permits.save(PermitFixtures.aPermit().build());
        ReadDashboard.Figures after = figures(admin);

        assertThat(after.users()).isEqualTo(before.users() + 1)
                .isEqualTo(world.users.count() - after.serviceAccounts());
        assertThat(after.serviceAccounts()).isEqualTo(before.serviceAccounts() + 1);
        assertThat(after.organizations()).isEqualTo(before.organizations() + 1);
        assertThat(after.permits()).isEqualTo(before.permits() + 1).isEqualTo(world.permits.findAll().size());
        assertThat(after.activeTokens()).isEqualTo(before.activeTokens() + 1);
    }

    @Test
    void expiredTokensAreNotActive() {
        world.register("ada");
        long live = figures(admin).activeTokens();

        world.clock.advance(Duration.ofMinutes(6)); // past the five-minute lifetime of every token so far

        assertThat(live).isEqualTo(2); // the admin's and ada's
        assertThat(world.useCases.readDashboard().handle(admin).activeTokens()).isZero();
    }

    @Test
    void showsTheLatestTenAuditEventsNewestFirst() {
        for (int i = 0; i < 12; i++) {
            world.clock.advance(Duration.ofSeconds(1));
            world.register("user-" + i);
        }

        List<AuditEvent> events = figures(admin).latestEvents().orElseThrow();

        assertThat(events).hasSize(ReadDashboard.LATEST_EVENTS);
        assertThat(events).allSatisfy(event -> assertThat(event.action()).isEqualTo(AuditAction.USER_REGISTER));
        assertThat(events.get(0).actorSlug()).isEqualTo("user-11");
        assertThat(events.get(9).actorSlug()).isEqualTo("user-2");
    }

    @Test
    void refusesAUserWithoutThePlatformViewPermission() {
        Caller ada = world.registered("ada");

        assertThatThrownBy(() -> figures(ada)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void leavesTheEventsOutForACallerWhoMayNotReadTheAuditLog() {
        Caller viewer = world.registered("viewer");
        world.grantToSlug(BuiltInPermissions.USER_VIEW, "viewer");

        ReadDashboard.Figures figures = figures(viewer);

        assertThat(figures.latestEvents()).isEqualTo(Optional.empty());
        assertThat(figures.users()).isEqualTo(2);
    }
}
