package dev.usersvc.web.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    @Test
    void makesUrlSafeTokensOf256RandomBits() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(CsrfTokens.randomToken());
        }

        assertThat(tokens).hasSize(100).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void acceptsOnlyTheSameToken() {
        String token = CsrfTokens.randomToken();

        assertThat(CsrfTokens.matches(token, token)).isTrue();
        assertThat(CsrfTokens.matches(token, CsrfTokens.randomToken())).isFalse();
        assertThat(CsrfTokens.matches(token, token.substring(1))).isFalse();
    }

    @Test
    void refusesMissingOrEmptyTokensEvenWhenBothSidesAreMissing() {
        assertThat(CsrfTokens.matches(null, null)).isFalse();
        assertThat(CsrfTokens.matches("", "")).isFalse();
        assertThat(CsrfTokens.matches("abc", null)).isFalse();
        assertThat(CsrfTokens.matches(null, "abc")).isFalse();
    }
}
