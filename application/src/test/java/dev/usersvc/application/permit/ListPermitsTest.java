package dev.usersvc.application.permit;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitFixtures;
import dev.usersvc.domain.permit.PermitId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ListPermitsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();
    private final AppId app = world.apps.findByHost(APP).orElseThrow().id();
    private final Permit everywhere = PermitFixtures.aPermit().permission("shop:read").roles("shop:pro")
            .slugs("ada").build();
    private final Permit inApp = PermitFixtures.aPermit().permission("shop:read").app(app).roles("shop:basic")
            .build();

    ListPermitsTest() {
        world.permits.save(everywhere);
        world.permits.save(inApp);
    }

    @Test
    void forbidsAUserWithoutThePermitViewPermission() {
        Caller ada = world.registered("ada");

        assertThat(kindOf(() -> world.useCases.listPermits().handle(ada, query(Optional.of("shop:read"),
                Optional.empty(), Optional.empty(), Optional.empty())))).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void filtersByPermissionSlugRoleAndApp() {
        assertThat(list(Optional.of("shop:read"), Optional.empty(), Optional.empty(), Optional.empty()))
                .containsExactlyInAnyOrder(everywhere, inApp);
        assertThat(list(Optional.empty(), Optional.of("ada"), Optional.empty(), Optional.empty()))
                .containsExactly(everywhere);
        assertThat(list(Optional.empty(), Optional.empty(), Optional.of("shop:basic"), Optional.empty()))
                .containsExactly(inApp);
        assertThat(list(Optional.of("shop:read"), Optional.empty(), Optional.empty(), Optional.of(AppTarget.ALL)))
                .containsExactly(everywhere);
        assertThat(list(Optional.of("shop:read"), Optional.empty(), Optional.empty(),
                Optional.of(AppTarget.of(APP.value())))).containsExactly(inApp);
        assertThat(list(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AppTarget.of("nowhere.example.com")))).isEmpty();
    }

    @Test
    void listsEveryAppsPermitsWithoutFilters() {
        assertThat(list(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasSize(world.permits.findAll().size()).contains(everywhere, inApp);
    }

    @Test
    void filtersByIds() {
        assertThat(world.useCases.listPermits().handle(admin, new ListPermits.Command(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(List.of(inApp.id(), new PermitId("prm_unknown")))))).containsExactly(inApp);
    }

    private List<Permit> list(Optional<String> permission, Optional<String> slug, Optional<String> role,
                              Optional<AppTarget> target) {
        return world.useCases.listPermits().handle(admin, query(permission, slug, role, target));
    }

    private static ListPermits.Command query(Optional<String> permission, Optional<String> slug,
                                             Optional<String> role, Optional<AppTarget> target) {
        return new ListPermits.Command(permission.map(Permission::new), slug, role, target, Optional.empty());
    }
}
