package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.ADDRESS;
import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.TooManyAttemptsException;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ChangePasswordTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller ada = world.registered("ada");

    @Test
    void changesTheHashSoOnlyTheNewPasswordLogsIn() {
        Optional<PasswordHash> before = storedAda().passwordHash();

        world.useCases.changePassword().handle(ada, command(PASSWORD, "new-password-1"));

        assertThat(storedAda().passwordHash()).isPresent().isNotEqualTo(before);
        assertThat(world.login("ada", "new-password-1").token().userId()).isEqualTo(ada.userId());
        assertThat(kindOf(() -> world.login("ada", PASSWORD))).isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void refusesAWrongCurrentPasswordAndKeepsTheOldOne() {
        Optional<PasswordHash> before = storedAda().passwordHash();

        assertThat(kindOf(() -> world.useCases.changePassword().handle(ada, command("wrong-password", "new-pw-123"))))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(storedAda().passwordHash()).isEqualTo(before);
    }

    @Test
    void countsWrongCurrentPasswordsAgainstTheLoginThrottle() {
        for (int i = 0; i < 5; i++) {
            assertThat(kindOf(() -> world.useCases.changePassword().handle(ada, command("wrong", "new-pw-123"))))
                    .isEqualTo(ErrorKind.UNAUTHENTICATED);
        }

        assertThatThrownBy(() -> world.useCases.changePassword().handle(ada, command(PASSWORD, "new-pw-123")))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> world.login("ada", PASSWORD)).isInstanceOf(TooManyAttemptsException.class);
        assertThat(world.failureCounters.find("account:ada")).hasValueSatisfying(
                counter -> assertThat(counter.failures()).isEqualTo(5));
    }

    @Test
    void refusesATooShortNewPassword() {
        assertThat(kindOf(() -> world.useCases.changePassword().handle(ada, command(PASSWORD, "short"))))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.login("ada", PASSWORD).token().userId()).isEqualTo(ada.userId());
    }

    private User storedAda() {
        return world.users.findById(ada.userId()).orElseThrow();
    }

    private static ChangePassword.Command command(String current, String next) {
        return new ChangePassword.Command(new Password(current), new Password(next), ADDRESS);
    }
}
