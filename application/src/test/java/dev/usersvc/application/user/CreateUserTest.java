package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollFixtures;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CreateUserTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();
    private final AppId app = world.apps.findByHost(APP).orElseThrow().id();

    @Test
    void letsTheAdminCreateAUserWithRolesItOwns() {
        User created = world.useCases.createUser().handle(admin, command("carol", List.of(new Role("shop:pro")),
                Optional.of(new Password("password-1"))));

        assertThat(world.users.findBySlug(new Slug("carol"))).contains(created);
        assertThat(world.enrolls.exists(app, created.id(), new Role("shop:pro"))).isTrue();
        assertThat(world.callerOf(world.login("carol", "password-1")).roles())
                .containsExactly("user-svc:user", "shop:pro");
    }

    @Test
    void letsAGrantedNonAdminGiveRolesUnderItsSlug() {
        Caller reseller = world.registered("reseller");
        world.grantToSlug(BuiltInPermissions.USER_CREATE, "reseller");

        User created = world.useCases.createUser().handle(reseller,
                command("carol", List.of(new Role("reseller:member")), Optional.empty()));

        assertThat(world.enrolls.exists(app, created.id(), new Role("reseller:member"))).isTrue();
        assertThat(created.passwordHash()).isEmpty();
    }

    @Test
    void forbidsAGrantedNonAdminToGiveTheAdminRoleAndWritesNothing() {
        Caller reseller = world.registered("reseller");
        world.grantToSlug(BuiltInPermissions.USER_CREATE, "reseller");
        long users = world.users.count();
        int enrolls = world.enrolls.list(EnrollFilter.all()).size();

        ErrorKind kind = kindOf(() -> world.useCases.createUser().handle(reseller,
                command("carol", List.of(new Role("reseller:member"), Role.ADMIN), Optional.empty())));

        assertThat(kind).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.users.count()).isEqualTo(users);
        assertThat(world.users.findBySlug(new Slug("carol"))).isEmpty();
        assertThat(world.enrolls.list(EnrollFilter.all())).hasSize(enrolls);
    }

    @Test
    void forbidsAGrantedNonAdminARoleUnderALongerSlug() {
        Caller user = world.registered("user");
        world.grantToSlug(BuiltInPermissions.USER_CREATE, "user");

        assertThat(kindOf(() -> world.useCases.createUser().handle(user,
                command("carol", List.of(new Role("user-svc:user:create")), Optional.empty()))))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.users.findBySlug(new Slug("carol"))).isEmpty();
    }

    @Test
    void refusesAnExistingIdWithoutTouchingThatUser() {
        User bob = world.users.findById(world.register("bob").token().userId()).orElseThrow();
        int enrolls = world.enrolls.list(EnrollFilter.all()).size();

        ErrorKind kind = kindOf(() -> world.useCases.createUser().handle(admin, new CreateUser.Command(APP,
                Optional.of(bob.id()), new Slug("carol"), "Carol", "thumb", Map.of("k", "v"), List.of(),
                Optional.of(new Password("new-password-1")), List.of(new Role("shop:pro")))));

        assertThat(kind).isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.users.findById(bob.id())).contains(bob);
        assertThat(world.users.findBySlug(new Slug("carol"))).isEmpty();
        assertThat(world.enrolls.list(EnrollFilter.all())).hasSize(enrolls);
        assertThat(world.login("bob", TestUseCases.PASSWORD).token().userId()).isEqualTo(bob.id());
    }

    @Test
    void acceptsANewCallerSuppliedId() {
        UserId id = new UserId("usr_caller-chosen");

        User created = world.useCases.createUser().handle(admin, new CreateUser.Command(APP, Optional.of(id),
                new Slug("carol"), "Carol", "", Map.of(), List.of(), Optional.empty(), List.of()));

        assertThat(created.id()).isEqualTo(id);
        assertThat(world.users.findById(id)).isPresent();
    }

    @Test
    void refusesAnUnknownAppHost() {
        ErrorKind kind = kindOf(() -> world.useCases.createUser().handle(admin, new CreateUser.Command(
                new AppHost("unknown.example.com"), Optional.empty(), new Slug("carol"), "Carol", "", Map.of(),
                List.of(), Optional.empty(), List.of())));

        assertThat(kind).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.users.findBySlug(new Slug("carol"))).isEmpty();
        assertThat(world.apps.findByHost(new AppHost("unknown.example.com"))).isEmpty();
    }

    @Test
    void refusesAReservedSlug() {
        assertThat(kindOf(() -> world.useCases.createUser().handle(admin, command("user-svc", List.of(),
                Optional.empty())))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void forbidsANonAdminToHandInAVerifiedContact() {
        ContactId boss = new ContactId("boss@corp.example");
        world.enrolls.insert(EnrollFixtures.anEnroll().app(app).contact(boss).role("shop:owner").build());
        Caller reseller = world.registered("reseller");
        world.grantToSlug(BuiltInPermissions.USER_CREATE, "reseller");

        ErrorKind kind = kindOf(() -> world.useCases.createUser().handle(reseller, new CreateUser.Command(APP,
                Optional.empty(), new Slug("fake-boss"), "Boss", "", Map.of(),
                List.of(new NewContact(boss, "email", "boss@corp.example", true, true)),
                Optional.of(new Password("password-1")), List.of())));

        assertThat(kind).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.contacts.findById(boss)).isEmpty();
        assertThat(world.users.findBySlug(new Slug("fake-boss"))).isEmpty();
    }

    private static CreateUser.Command command(String slug, List<Role> roles, Optional<Password> password) {
        return new CreateUser.Command(APP, Optional.empty(), new Slug(slug), "Name of " + slug, "", Map.of(),
                List.of(), password, roles);
    }
}
