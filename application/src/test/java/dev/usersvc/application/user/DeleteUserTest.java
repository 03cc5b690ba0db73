package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.ADMIN_SLUG;
import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DeleteUserTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();

    @Test
    void deletesTheUserAndItsTokens() {
        IssuedToken bobs = world.register("bob");
        UserId bob = bobs.token().userId();

        world.useCases.deleteUser().handle(admin, bob);

        assertThat(world.users.findById(bob)).isEmpty();
        assertThat(world.tokens.countByUser(bob)).isZero();
        assertThat(world.tokens.findByJti(bobs.token().jti())).isEmpty();
    }

    @Test
    void revokesTheDeletedUsersTokenAtOnce() {
        IssuedToken bobs = world.register("bob");
        assertThat(world.callerOf(bobs).slug()).isEqualTo("bob");

        world.useCases.deleteUser().handle(admin, bobs.token().userId());

        assertThat(kindOf(() -> world.callerOf(bobs))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(kindOf(() -> world.useCases.refreshToken().handle(bobs.token().jwt())))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void refusesToDeleteTheLastAdmin() {
        User adminUser = world.users.findBySlug(ADMIN_SLUG).orElseThrow();

        assertThat(kindOf(() -> world.useCases.deleteUser().handle(admin, adminUser.id())))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.users.findById(adminUser.id())).isPresent();
        assertThat(world.callerOf(world.login("admin", TestUseCases.ADMIN_PASSWORD)).isAdmin()).isTrue();
    }

    @Test
    void deletesAnAdminWhileAnotherAdminRemainsButNotTheLastOne() {
        User second = world.useCases.createUser().handle(admin, new CreateUser.Command(APP, Optional.empty(),
                new Slug("second-admin"), "Second", "", Map.of(), List.of(), Optional.of(new Password("password-1")),
                List.of(Role.ADMIN)));
        Caller secondAdmin = world.callerOf(world.login("second-admin", "password-1"));
        User first = world.users.findBySlug(ADMIN_SLUG).orElseThrow();

        world.useCases.deleteUser().handle(secondAdmin, first.id());

        assertThat(world.users.findById(first.id())).isEmpty();
        assertThat(kindOf(() -> world.useCases.deleteUser().handle(secondAdmin, second.id())))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.users.findById(second.id())).isPresent();
    }

    @Test
    void refusesToDeleteUserSvcsOwnAccount() {
        User own = world.users.findBySlug(new Slug("user-svc")).orElseThrow();

        assertThat(kindOf(() -> world.useCases.deleteUser().handle(admin, own.id()))).isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.users.findById(own.id())).isPresent();
    }

    @Test
    void answersNotFoundForAnUnknownUser() {
        assertThat(kindOf(() -> world.useCases.deleteUser().handle(admin, UserId.random())))
                .isEqualTo(ErrorKind.NOT_FOUND);
    }
}
