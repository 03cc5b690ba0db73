package dev.usersvc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class H2UrlTest {

    @Test
    void aBareFileUrlGetsEverySettingUserSvcNeeds() {
        assertThat(H2Url.withRequiredSettings("jdbc:h2:file:/var/lib/user-svc/db")).isEqualTo(
                "jdbc:h2:file:/var/lib/user-svc/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                        + ";WRITE_DELAY=0");
    }

    @Test
    void settingsAlreadyGivenAreKeptAndOnlyTheMissingOnesAdded() {
        assertThat(H2Url.withRequiredSettings("jdbc:h2:file:./data/x;mode=postgresql;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./data/x;mode=postgresql;AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        assertThat(H2Url.withRequiredSettings(UserSvcConfiguration.DEFAULT_DATABASE_URL))
                .isEqualTo(UserSvcConfiguration.DEFAULT_DATABASE_URL);
    }

    @Test
    void anInMemoryDatabaseHasNoWriteDelayToSet() {
        assertThat(H2Url.withRequiredSettings("jdbc:h2:mem:test")).doesNotContain("WRITE_DELAY")
                .endsWith(";DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void aConflictingSettingIsRefusedWithTheReason() {
        assertThatThrownBy(() -> H2Url.withRequiredSettings("jdbc:h2:file:./x;MODE=MySQL"))
                .hasMessage("database.url: user-svc needs H2 with MODE=PostgreSQL, not MySQL");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        String postgres = "jdbc:postgresql://db:5432/users?user=svc";
        assertThat(H2Url.withRequiredSettings(postgres)).isSameAs(postgres);
    }
}
