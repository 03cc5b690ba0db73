package dev.usersvc.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Test
    void nextPageLinkOfServiceAccountsStaysOnServiceAccounts() {
        assertThat(UsersResource.nextPageHref("/admin/service-accounts", Optional.empty(), LAST))
                .isEqualTo("/admin/service-accounts?after=2026-01-02T03%3A04%3A05.123456Z");
    }

    @Test
    void labelsAreReadOneKeyValueALineSkippingBlankLines() {
        Map<String, String> labels = new LinkedHashMap<>();

        assertThat(UserResource.parseLabels(" team = core \r\n\nnote=a=b\n", labels)).isEmpty();

        assertThat(labels).containsExactly(Map.entry("team", "core"), Map.entry("note", "a=b"));
    }

    @Test
    void aLabelLineWithoutKeyOrRepeatedIsAnError() {
        assertThat(UserResource.parseLabels("team=core\njust text", new LinkedHashMap<>()))
                .isEqualTo("line 2 is not key=value");
        assertThat(UserResource.parseLabels("=x", new LinkedHashMap<>())).isEqualTo("line 1 is not key=value");
        assertThat(UserResource.parseLabels("a=1\na=2", new LinkedHashMap<>())).isEqualTo("line 2 repeats the key a");
    }
}
