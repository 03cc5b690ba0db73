package dev.usersvc.application.permit;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.ListApps;
import dev.usersvc.application.app.UpdateApp;
import dev.usersvc.application.user.CreateUser;
import dev.usersvc.application.user.ResetPassword;
import dev.usersvc.application.user.SaveUser;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PermissionChecksTest {
    private final TestUseCases world = TestUseCases.bootstrapped();

    @Test
    void letsTheAdminViewUsers() {
        Caller admin = world.loginAdmin();

        HasPermission.Result result = world.useCases.hasPermission()
                .handle(admin, new Permission(BuiltInPermissions.USER_VIEW));

        assertThat(result.authorized()).isTrue();
        assertThat(result.user().orElseThrow().slug().value()).isEqualTo("admin");
        assertThat(result.app().host()).isEqualTo(APP);
        assertThat(result.until()).isEqualTo(admin.expiresAt());
        assertThat(world.useCases.listUsers().handle(admin, UserQuery.firstPage(10)).page().items()).hasSize(2);
    }

    @Test
    void answersHasPermissionWithoutErrorForANormalUser() {
        Caller ada = world.registered("ada");

        assertThat(world.useCases.hasPermission().handle(ada, new Permission(BuiltInPermissions.USER_VIEW))
                .authorized()).isFalse();
        assertThat(world.useCases.hasPermission().handle(ada, new Permission(BuiltInPermissions.PASSWORD_CHANGE))
                .authorized()).isTrue();
        assertThat(world.useCases.hasPermission().handle(ada, new Permission("petstore-svc:pet:read"))
                .authorized()).isFalse();
    }

    @Test
    void forbidsANormalUserTheAdminOperations() {
        Caller ada = world.registered("ada");
        User bob = world.users.findById(world.register("bob").token().userId()).orElseThrow();
        App app = world.apps.findByHost(APP).orElseThrow();

        assertThat(kindOf(() -> world.useCases.listUsers().handle(ada, UserQuery.firstPage(10))))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.createUser().handle(ada, new CreateUser.Command(APP,
                Optional.empty(), new Slug("carol"), "Carol", "", Map.of(), List.of(), Optional.empty(),
                List.of())))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.saveUser().handle(ada, new SaveUser.Command(bob.id(), "Robert", ""))))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.deleteUser().handle(ada, bob.id()))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.resetPassword().handle(ada,
                new ResetPassword.Command(bob.id(), new Password("stolen-password")))))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.updateApp().handle(ada,
                new UpdateApp.Command(app.id(), new AppHost("mine.example.com"))))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.listApps().handle(Optional.of(ada),
                new ListApps.Command(List.of(), List.of())))).isEqualTo(ErrorKind.FORBIDDEN);

        assertThat(world.users.findById(bob.id())).contains(bob);
        assertThat(world.users.findBySlug(new Slug("carol"))).isEmpty();
        assertThat(world.apps.findById(app.id())).contains(app);
    }

    @Test
    void letsAnyoneListAppsByHostButNobodyListAllWithoutAToken() {
        Caller ada = world.registered("ada");

        List<App> found = world.useCases.listApps().handle(Optional.of(ada),
                new ListApps.Command(List.of(), List.of(APP)));

        assertThat(found).extracting(App::host).containsExactly(APP);
        assertThat(kindOf(() -> world.useCases.listApps().handle(Optional.empty(),
                new ListApps.Command(List.of(), List.of())))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(world.useCases.listApps().handle(Optional.of(world.loginAdmin()),
                new ListApps.Command(List.of(), List.of()))).extracting(App::host)
                .contains(APP, AppHost.UNNAMED);
    }

    @Test
    void grantsAPermissionThroughAPermitOnTheSlug() {
        Caller ada = world.registered("ada");

        world.grantToSlug(BuiltInPermissions.USER_VIEW, "ada");

        assertThat(world.useCases.hasPermission().handle(ada, new Permission(BuiltInPermissions.USER_VIEW))
                .authorized()).isTrue();
        assertThat(world.useCases.listUsers().handle(ada, UserQuery.firstPage(10)).page().items()).isNotEmpty();
    }
}
