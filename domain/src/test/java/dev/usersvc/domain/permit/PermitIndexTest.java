package dev.usersvc.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.app.AppId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PermitIndexTest {
    private static final String READ = "petstore-svc:pet:read";
    private static final AppId SHOP = new AppId("app_shop");
    private static final AppId OTHER = new AppId("app_other");
    private static final List<String> PLAIN_USER = List.of("user-svc:user");

    @Test
    void allowsACallerHoldingAGrantedRole() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().permission(READ).roles("petstore-svc:pro").build()));

        assertThat(index.allows(READ, SHOP, "ada", List.of("user-svc:user", "petstore-svc:pro"))).isTrue();
        assertThat(index.allows(READ, SHOP, "ada", PLAIN_USER)).isFalse();
    }

    @Test
    void allowsACallerNamedBySlug() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().permission(READ).roles().slugs("billing-svc").build()));

        assertThat(index.allows(READ, SHOP, "billing-svc", PLAIN_USER)).isTrue();
        assertThat(index.allows(READ, SHOP, "billing", PLAIN_USER)).isFalse();
    }

    @Test
    void limitsAnAppScopedPermitToItsApp() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().app(SHOP).permission(READ).roles("user-svc:user").build()));

        assertThat(index.allows(READ, SHOP, "ada", PLAIN_USER)).isTrue();
        assertThat(index.allows(READ, OTHER, "ada", PLAIN_USER)).isFalse();
    }

    @Test
    void appliesAnAllAppsPermitInEveryApp() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().app(AppId.ALL).permission(READ).roles("user-svc:user").build()));

        assertThat(index.allows(READ, SHOP, "ada", PLAIN_USER)).isTrue();
        assertThat(index.allows(READ, OTHER, "ada", PLAIN_USER)).isTrue();
    }

    @Test
    void givesThePlatformAdminRoleNoImplicitPower() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().permission(READ).roles("petstore-svc:pro").build()));

        assertThat(index.allows(READ, SHOP, "admin", List.of("user-svc:user", "user-svc:admin"))).isFalse();
    }

    @Test
    void deniesAPermissionNoPermitMentions() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().permission(READ).roles("user-svc:user").build()));

        assertThat(index.allows("petstore-svc:pet:write", SHOP, "ada", PLAIN_USER)).isFalse();
        assertThat(PermitIndex.of(List.of()).allows(READ, SHOP, "ada", PLAIN_USER)).isFalse();
    }

    @Test
    void countsEveryPermit() {
        PermitIndex index = PermitIndex.of(List.of(
                PermitFixtures.aPermit().permission(READ).build(),
                PermitFixtures.aPermit().permission(READ).app(SHOP).build(),
                PermitFixtures.aPermit().permission("petstore-svc:pet:write").build()));

        assertThat(index.size()).isEqualTo(3);
    }
}
