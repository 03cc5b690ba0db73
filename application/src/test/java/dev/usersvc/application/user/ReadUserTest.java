package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.ADDRESS;
import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.enroll.EnrollFixtures;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationFixtures;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.DeviceTokens;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReadUserTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();
    private final AppId app = world.apps.findByHost(APP).orElseThrow().id();

    private User createCarol(boolean contactVerified) {
        return world.useCases.createUser().handle(admin, new CreateUser.Command(APP, Optional.empty(),
                new Slug("carol"), "Carol", "", Map.of("team", "core"),
                List.of(new NewContact(new ContactId("carol@example.com"), "email", "carol@example.com",
                        contactVerified, true)),
                Optional.of(new Password("password-1")), List.of(new Role("shop:pro"))));
    }

    @Test
    void showsRolesOrganizationsContactsAndTokensByDevice() {
        User carol = createCarol(true);
        world.enrolls.insert(EnrollFixtures.anEnroll().app(AppId.ALL).role("shop:auditor")
                .contact(new ContactId("carol@example.com")).build());
        Organization acme = OrganizationFixtures.anOrganization().app(app).name("Acme").slug("acme").build();
        world.organizations.insert(acme);
        world.memberships.save(new Membership(acme.id(), carol.id(), app, true, world.clock.instant()));
        world.login("carol", "password-1");
        world.login("carol", "password-1");

        ReadUser.Result result = world.useCases.readUser().handle(admin, carol.id());

        assertThat(result.user()).isEqualTo(carol);
        assertThat(result.roles()).containsExactly(
                new ReadUser.HeldRole("shop:auditor", AppId.ALL, "every app",
                        Optional.of(new ContactId("carol@example.com"))),
                new ReadUser.HeldRole("shop:pro", app, APP.value(), Optional.empty()));
        assertThat(result.organizations()).containsExactly(
                new ReadUser.MemberOf(acme.id(), "acme", "Acme", app, APP.value(), true));
        assertThat(result.contacts()).extracting(Contact::handle, Contact::verified)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carol@example.com", true));
        assertThat(result.devices()).extracting(DeviceTokens::device, DeviceTokens::unrevoked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TestUseCases.DEVICE, 1L));
    }

    @Test
    void leavesOutRolesOfAnUnverifiedContact() {
        User carol = createCarol(false);
        world.enrolls.insert(EnrollFixtures.anEnroll().app(AppId.ALL).role("shop:auditor")
                .contact(new ContactId("carol@example.com")).build());

        assertThat(world.useCases.readUser().handle(admin, carol.id()).roles())
                .extracting(ReadUser.HeldRole::role).containsExactly("shop:pro");
    }

    @Test
    void theAuditTrailHoldsEventsByAndOnTheUserNewestFirst() {
        User carol = createCarol(true);
        world.clock.advance(java.time.Duration.ofSeconds(1));
        Caller carolCaller = world.callerOf(world.login("carol", "password-1")).withClientAddress(ADDRESS);
        world.useCases.changePassword().handle(carolCaller, new ChangePassword.Command(new Password("password-1"),
                new Password("password-2"), ADDRESS));
        world.clock.advance(java.time.Duration.ofSeconds(1));
        world.register("someone-else");

        List<AuditEvent> trail = world.useCases.readUser().handle(admin, carol.id()).auditTrail().orElseThrow();

        assertThat(trail).extracting(AuditEvent::action)
                .containsExactly(AuditAction.USER_PASSWORD_CHANGE, AuditAction.USER_CREATE);
        assertThat(trail.get(1).actorSlug()).isEqualTo("admin");
    }

    @Test
    void theTrailIsCutToItsLength() {
        User carol = createCarol(true);
        for (int i = 0; i < ReadUser.TRAIL_LENGTH + 5; i++) {
            world.clock.advance(java.time.Duration.ofSeconds(1));
            world.useCases.saveUser().handle(admin, new SaveUser.Command(carol.id(), "Carol " + i, ""));
        }

        List<AuditEvent> trail = world.useCases.readUser().handle(admin, carol.id()).auditTrail().orElseThrow();

        assertThat(trail).hasSize(ReadUser.TRAIL_LENGTH);
        assertThat(trail.get(0).at()).isEqualTo(world.clock.instant());
    }

    @Test
    void aViewerWithoutTheAuditPermissionGetsNoTrail() {
        User carol = createCarol(true);
        Caller viewer = world.registered("viewer");
        world.grantToSlug(BuiltInPermissions.USER_VIEW, "viewer");

        ReadUser.Result result = world.useCases.readUser().handle(viewer, carol.id());

        assertThat(result.user().slug().value()).isEqualTo("carol");
        assertThat(result.auditTrail()).isEmpty();
    }

    @Test
    void forbidsAPlainUserAndAnswersNotFoundForAnUnknownId() {
        User carol = createCarol(true);
        Caller plain = world.registered("plain");

        assertThat(kindOf(() -> world.useCases.readUser().handle(plain, carol.id()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.readUser().handle(admin, UserId.random())))
                .isEqualTo(ErrorKind.NOT_FOUND);
    }
}
