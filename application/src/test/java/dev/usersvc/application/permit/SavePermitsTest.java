package dev.usersvc.application.permit;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SavePermitsTest {
    private static final String PET_READ = "petstore-svc:pet:read";

    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller petstore = world.registered("petstore-svc");

    @Test
    void letsAServiceGrantItsOwnPermissionToEveryUser() {
        Caller ada = world.registered("ada");
        assertThat(world.useCases.hasPermission().handle(ada, new Permission(PET_READ)).authorized()).isFalse();

        save(petstore, item(Optional.empty(), AppTarget.ALL, PET_READ, List.of("user-svc:user"), List.of()));

        assertThat(world.useCases.hasPermission().handle(ada, new Permission(PET_READ)).authorized()).isTrue();
    }

    @Test
    void forbidsAPermissionTheCallerDoesNotOwnAndSavesNothingOfTheRequest() {
        int before = world.permits.findAll().size();

        ErrorKind kind = kindOf(() -> save(petstore,
                item(Optional.empty(), AppTarget.ALL, PET_READ, List.of("user-svc:user"), List.of()),
                item(Optional.empty(), AppTarget.ALL, "user-svc:user:view", List.of("user-svc:user"), List.of())));

        assertThat(kind).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.permits.findAll()).hasSize(before);
    }

    @Test
    void forbidsSlugUserToGrantUserSvcPermissions() {
        Caller user = world.registered("user");

        assertThat(kindOf(() -> save(user, item(Optional.empty(), AppTarget.ALL, "user-svc:user:view",
                List.of("user-svc:user"), List.of())))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.useCases.permissions().allows(user, "user-svc:user:view")).isFalse();
    }

    @Test
    void refusesToTakeOverAnotherOwnersPermitByItsId() {
        PermitId id = new PermitId("prm_petstore-read");
        save(petstore, item(Optional.of(id), AppTarget.ALL, PET_READ, List.of("user-svc:user"), List.of()));
        Permit original = world.permits.findById(id).orElseThrow();
        Caller mallory = world.registered("mallory");

        ErrorKind kind = kindOf(() -> save(mallory, item(Optional.of(id), AppTarget.ALL, "mallory:anything",
                List.of(), List.of("mallory"))));

        assertThat(kind).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.permits.findById(id)).contains(original);
    }

    @Test
    void letsTheOwnerReplaceItsPermitKeepingWhenItWasCreated() {
        PermitId id = new PermitId("prm_petstore-read");
        save(petstore, item(Optional.of(id), AppTarget.ALL, PET_READ, List.of("user-svc:user"), List.of()));
        Permit first = world.permits.findById(id).orElseThrow();
        world.clock.advance(Duration.ofMinutes(1));

        save(petstore, item(Optional.of(id), AppTarget.ALL, PET_READ, List.of(), List.of("shop-svc")));

        Permit replaced = world.permits.findById(id).orElseThrow();
        assertThat(replaced.roles()).isEmpty();
        assertThat(replaced.slugs()).containsExactly("shop-svc");
        assertThat(replaced.createdAt()).isEqualTo(first.createdAt());
        assertThat(replaced.updatedAt()).isAfter(first.updatedAt());
    }

    @Test
    void skipsAPermitEqualToAStoredOneButSavesTwinsWithinOneRequest() {
        SavePermits.Item twin = item(Optional.empty(), AppTarget.ALL, PET_READ, List.of("a", "b"), List.of());
        save(petstore, twin, twin);
        assertThat(world.permits.findAll().stream().filter(p -> p.permission().value().equals(PET_READ)))
                .hasSize(2);

        save(petstore, item(Optional.empty(), AppTarget.ALL, PET_READ, List.of("b", "a"), List.of()));

        assertThat(world.permits.findAll().stream().filter(p -> p.permission().value().equals(PET_READ)))
                .hasSize(2);
    }

    @Test
    void resolvesTheAppFromTheHostOrTheCallersToken() {
        AppHost other = new AppHost("other.example.com");
        world.useCases.readApp().handle(other);
        AppId otherId = world.apps.findByHost(other).orElseThrow().id();

        save(petstore, item(Optional.of(new PermitId("prm_here")), AppTarget.CALLERS, PET_READ, List.of("x"),
                        List.of()),
                item(Optional.of(new PermitId("prm_there")), AppTarget.of("other.example.com"), PET_READ,
                        List.of("x"), List.of()));

        assertThat(world.permits.findById(new PermitId("prm_here")).orElseThrow().appId())
                .isEqualTo(world.apps.findByHost(APP).orElseThrow().id());
        assertThat(world.permits.findById(new PermitId("prm_there")).orElseThrow().appId()).isEqualTo(otherId);
    }

    @Test
    void refusesAnUnknownAppHostWithoutCreatingIt() {
        int before = world.permits.findAll().size();

        ErrorKind kind = kindOf(() -> save(petstore, item(Optional.empty(), AppTarget.of("nowhere.example.com"),
                PET_READ, List.of("x"), List.of())));

        assertThat(kind).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.permits.findAll()).hasSize(before);
        assertThat(world.apps.findByHost(new AppHost("nowhere.example.com"))).isEmpty();
    }

    @Test
    void letsTheAdminGrantAnyPermission() {
        Caller admin = world.loginAdmin();
        Caller ada = world.registered("ada");

        save(admin, item(Optional.empty(), AppTarget.ALL, BuiltInPermissions.USER_VIEW, List.of(), List.of("ada")));

        assertThat(world.useCases.permissions().allows(ada, BuiltInPermissions.USER_VIEW)).isTrue();
    }

    private void save(Caller caller, SavePermits.Item... items) {
        world.useCases.savePermits().handle(caller, new SavePermits.Command(List.of(items)));
    }

    private static SavePermits.Item item(Optional<PermitId> id, AppTarget app, String permission,
                                         List<String> roles, List<String> slugs) {
        return new SavePermits.Item(id, app, new Permission(permission), roles, slugs);
    }
}
