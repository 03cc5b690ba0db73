package dev.usersvc.domain.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class OwnershipTest {
    private static final String USER = "user-svc:user";

    @Test
    void givesAPlatformAdminEveryRoleAndPermission() {
        Ownership admin = new Ownership("ada", List.of(USER, "user-svc:admin"));

        assertThat(admin.owns("user-svc:admin")).isTrue();
        assertThat(admin.owns("petstore-svc:pet:read")).isTrue();
        assertThat(admin.owns("anything")).isTrue();
    }

    @Test
    void givesASlugItsOwnNameAndEverythingUnderSlugColon() {
        Ownership petstore = new Ownership("petstore-svc", List.of(USER));

        assertThat(petstore.owns("petstore-svc")).isTrue();
        assertThat(petstore.owns("petstore-svc:pro")).isTrue();
        assertThat(petstore.owns("petstore-svc:pet:read")).isTrue();
    }

    @Test
    void doesNotLetSlugUserOwnUserSvcAdmin() {
        Ownership user = new Ownership("user", List.of(USER));

        assertThat(user.owns("user-svc:admin")).isFalse();
        assertThat(user.owns("user-svc:user:create")).isFalse();
        assertThat(user.owns("user:anything")).isTrue();
    }

    @Test
    void doesNotLetJoeOwnJoeDoesNamespace() {
        Ownership joe = new Ownership("joe", List.of(USER));

        assertThat(joe.owns("joe-doe:x")).isFalse();
        assertThat(joe.owns("joe-doe")).isFalse();
        assertThat(joe.owns("joex")).isFalse();
    }

    @Test
    void letsAnAdminRoleOwnItsSiblings() {
        Ownership orgAdmin = new Ownership("ada", List.of(USER, "user-svc:org:{abc}:admin"));

        assertThat(orgAdmin.owns("user-svc:org:{abc}:user")).isTrue();
        assertThat(orgAdmin.owns("user-svc:org:{abc}:admin")).isTrue();
        assertThat(orgAdmin.owns("user-svc:org:{abcd}:user")).isFalse();
        assertThat(orgAdmin.owns("user-svc:admin")).isFalse();
        assertThat(orgAdmin.owns("user-svc:user")).isFalse();
    }

    @Test
    void letsAPlainAdminRoleOwnRolesUnderItsPrefix() {
        Ownership roleAdmin = new Ownership("ada", List.of(USER, "a-role:admin"));

        assertThat(roleAdmin.owns("a-role:user")).isTrue();
        assertThat(roleAdmin.owns("a-role-2:user")).isFalse();
    }

    @Test
    void givesNothingForHoldingANonAdminRole() {
        Ownership holder = new Ownership("ada", List.of(USER, "a-role:user"));

        assertThat(holder.owns("a-role:user")).isFalse();
        assertThat(holder.owns("a-role:admin")).isFalse();
        assertThat(holder.owns("a-role:other")).isFalse();
    }

    @Test
    void givesAnOrdinaryUserNothingOutsideItsSlug() {
        Ownership ada = new Ownership("ada", List.of(USER));

        assertThat(ada.owns("user-svc:user")).isFalse();
        assertThat(ada.owns("bob:x")).isFalse();
        assertThat(ada.owns("ada:x")).isTrue();
    }
}
