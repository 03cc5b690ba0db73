package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.UserId;
import org.junit.jupiter.api.Test;

final class ResetPasswordTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();
    private final UserId bob = world.register("bob").token().userId();

    @Test
    void letsTheAdminSetAnotherUsersPassword() {
        world.useCases.resetPassword().handle(admin, new ResetPassword.Command(bob, new Password("reset-password-1")));

        assertThat(world.login("bob", "reset-password-1").token().userId()).isEqualTo(bob);
        assertThat(kindOf(() -> world.login("bob", PASSWORD))).isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void answersNotFoundForAnUnknownUser() {
        assertThat(kindOf(() -> world.useCases.resetPassword().handle(admin,
                new ResetPassword.Command(UserId.random(), new Password("reset-password-1")))))
                .isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void refusesATooShortPassword() {
        assertThat(kindOf(() -> world.useCases.resetPassword().handle(admin,
                new ResetPassword.Command(bob, new Password("short"))))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.login("bob", PASSWORD).token().userId()).isEqualTo(bob);
    }
}
