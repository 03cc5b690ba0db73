package dev.usersvc.application;

import static dev.usersvc.application.TestUseCases.ADMIN_PASSWORD;
import static dev.usersvc.application.TestUseCases.ADMIN_SLUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class BootstrapTest {
    private final TestUseCases world = TestUseCases.fresh();

    @Test
    void createsTheAdminWhoseTokenCarriesTheAdminRole() {
        Bootstrap.Result result = bootstrapWith(Optional.of(new Password(ADMIN_PASSWORD)));

        Caller admin = world.loginAdmin();
        assertThat(result.generatedAdminPassword()).isEmpty();
        assertThat(world.users.findBySlug(ADMIN_SLUG)).isPresent();
        assertThat(admin.slug()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly("user-svc:user", "user-svc:admin");
    }

    @Test
    void createsTheOwnServiceAccountTheUnnamedAppAndTheBuiltInPermits() {
        bootstrapWith(Optional.of(new Password(ADMIN_PASSWORD)));

        User own = world.users.findBySlug(new Slug("user-svc")).orElseThrow();
        assertThat(own.type()).isEqualTo(UserType.SERVICE);
        assertThat(own.passwordHash()).isEmpty();
        assertThat(world.apps.findByHost(AppHost.UNNAMED)).isPresent();
        assertThat(world.users.count()).isEqualTo(2);
        assertThat(world.permits.findAll()).hasSize(24)
                .allSatisfy(permit -> assertThat(permit.appId().isAll()).isTrue());
        assertThat(world.useCases.permissions().size()).isEqualTo(24);
        assertThat(world.signingKeys.findAll()).hasSize(1);
    }

    @Test
    void changesNothingWhenRunTwice() {
        bootstrapWith(Optional.of(new Password(ADMIN_PASSWORD)));
        List<Permit> permits = world.permits.findAll();
        long permitVersion = world.permits.version();
        long users = world.users.count();
        long apps = world.apps.count();
        int enrolls = world.enrolls.list(EnrollFilter.all()).size();
        int keys = world.signingKeys.findAll().size();

        Bootstrap.Result second = bootstrapWith(Optional.of(new Password("another-password")));

        assertThat(second.generatedAdminPassword()).isEmpty();
        assertThat(world.permits.findAll()).isEqualTo(permits);
        assertThat(world.permits.version()).isEqualTo(permitVersion);
        assertThat(world.users.count()).isEqualTo(users);
        assertThat(world.apps.count()).isEqualTo(apps);
        assertThat(world.enrolls.list(EnrollFilter.all())).hasSize(enrolls);
        assertThat(world.signingKeys.findAll()).hasSize(keys);
        assertThat(world.loginAdmin().slug()).isEqualTo("admin"); // the first password still works
    }

    @Test
    void generatesAnAdminPasswordThatLogsInWhenNoneIsConfigured() {
        Bootstrap.Result result = bootstrapWith(Optional.empty());

        String generated = result.generatedAdminPassword().orElseThrow();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
        assertThat(world.callerOf(world.login("admin", generated)).roles()).contains("user-svc:admin");
    }

    private Bootstrap.Result bootstrapWith(Optional<Password> password) {
        return world.useCases.bootstrap().handle(new Bootstrap.Command(ADMIN_SLUG, password));
    }
}
