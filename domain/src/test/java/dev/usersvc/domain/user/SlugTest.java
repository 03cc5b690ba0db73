package dev.usersvc.domain.user;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SlugTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "petstore-svc", "a1-b2", "0", "x-y-z-9"})
    void acceptsLowercaseWordsJoinedBySingleDashes(String value) {
        assertThat(new Slug(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharacters() {
        String longest = "a".repeat(64);

        assertThat(new Slug(longest).value()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Petstore", "petStore", "-a", "a-", "a--b", "a_b", "a b", " a", "a:b", "a.b", "é"})
    void refusesAnythingElseAsInvalidInput(String value) {
        assertThat(kindOf(() -> new Slug(value))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void refusesSixtyFiveCharacters() {
        assertThat(kindOf(() -> new Slug("a".repeat(65)))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void refusesNull() {
        assertThat(kindOf(() -> new Slug(null))).isEqualTo(ErrorKind.INVALID_INPUT);
    }
}
