package dev.usersvc.domain.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void theOrganizationOfAnAdminRoleIsReadBackFromIt() {
        String role = Role.organizationAdmin("org_abc").value();

        assertThat(Role.administeredOrganization(role)).contains("org_abc");
    }

    @Test
    void rolesThatAreNotAnOrganizationsAdminRoleNameNone() {
        assertThat(Role.administeredOrganization(Role.organizationUser("org_abc").value())).isEmpty();
        assertThat(Role.administeredOrganization("user-svc:org:{}:admin")).isEmpty();
        assertThat(Role.administeredOrganization("user-svc:org:{a}{b}:admin")).isEmpty();
        assertThat(Role.administeredOrganization("petstore-svc:org:{org_abc}:admin")).isEmpty();
        assertThat(Role.administeredOrganization("user-svc:admin")).isEmpty();
    }
}
