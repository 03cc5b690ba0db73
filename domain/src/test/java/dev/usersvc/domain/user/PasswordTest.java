package dev.usersvc.domain.user;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.ErrorKind;
import org.junit.jupiter.api.Test;

final class PasswordTest {
    private static final String EMOJI = "\uD83D\uDD11"; // one code point, two UTF-16 chars

    @Test
    void acceptsAOneCharacterPasswordToCheck() {
        assertThat(new Password("x").value()).isEqualTo("x");
    }

    @Test
    void refusesAnEmptyOrMissingPassword() {
        assertThat(kindOf(() -> new Password(""))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> new Password(null))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void refusesANewPasswordShorterThanEight() {
        assertThat(kindOf(() -> Password.newPassword("1234567"))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void acceptsANewPasswordOfEightTo256Characters() {
        assertThat(Password.newPassword("12345678").value()).hasSize(8);
        assertThat(Password.newPassword("p".repeat(256)).value()).hasSize(256);
    }

    @Test
    void refusesANewPasswordOf257Characters() {
        assertThat(kindOf(() -> Password.newPassword("p".repeat(257)))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void countsCodePointsNotUtf16Chars() {
        assertThat(kindOf(() -> Password.newPassword(EMOJI.repeat(7)))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(Password.newPassword(EMOJI.repeat(8)).value()).hasSize(16);
        assertThat(Password.newPassword(EMOJI.repeat(256)).value()).hasSize(512);
        assertThat(kindOf(() -> Password.newPassword(EMOJI.repeat(257)))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void neverShowsTheValueInToString() {
        Password password = new Password("correct-horse-battery");

        assertThat(password.toString()).doesNotContain("correct").doesNotContain("horse");
    }
}
