package dev.usersvc.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsersResourceTest {
    private static final Instant LAST = Instant.parse("2026-01-02T03:04:05.123456Z");

    @Test
    void nextPageLinkCarriesTheCursorOfTheLastRow() {
        assertThat(UsersResource.nextPageHref(Optional.empty(), LAST))
                .isEqualTo("/admin/users?after=2026-01-02T03%3A04%3A05.123456Z");
    }

    @Test
    void nextPageLinkKeepsTheSearchUrlEncoded() {
        assertThat(UsersResource.nextPageHref(Optional.of("a&b c"), LAST))
                .isEqualTo("/admin/users?search=a%26b+c&after=2026-01-02T03%3A04%3A05.123456Z");
    }
}
