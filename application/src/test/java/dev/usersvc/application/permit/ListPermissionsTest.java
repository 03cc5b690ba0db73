package dev.usersvc.application.permit;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.permit.PermitFixtures;
import dev.usersvc.domain.role.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ListPermissionsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller ada = world.registered("ada");

    @Test
    void listsThePermissionsOfTheCallersRolesDistinctAndSorted() {
        world.permits.save(PermitFixtures.aPermit().permission("shop:read").roles("user-svc:user").build());
        world.permits.save(PermitFixtures.aPermit().permission("shop:read").roles("user-svc:user").build());
        world.permits.save(PermitFixtures.aPermit().permission("shop:write").roles("shop:pro").build());

        List<String> permissions = world.useCases.listPermissions().handle(ada,
                new ListPermissions.Command(List.of(Role.USER)));

        assertThat(permissions).contains("shop:read", BuiltInPermissions.ENROLL_VIEW)
                .doesNotContain("shop:write", BuiltInPermissions.USER_VIEW)
                .doesNotHaveDuplicates().isSorted();
    }

    @Test
    void forbidsRolesTheCallersTokenLacks() {
        assertThat(kindOf(() -> world.useCases.listPermissions().handle(ada,
                new ListPermissions.Command(List.of(Role.USER, Role.ADMIN))))).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void answersNothingForNoRoles() {
        assertThat(world.useCases.listPermissions().handle(ada, new ListPermissions.Command(List.of()))).isEmpty();
    }
}
