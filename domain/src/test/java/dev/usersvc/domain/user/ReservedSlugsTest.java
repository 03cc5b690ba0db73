package dev.usersvc.domain.user;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.usersvc.domain.ErrorKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ReservedSlugsTest {
    @Test
    void alwaysReservesAdminAndUserSvcEvenWithNothingConfigured() {
        ReservedSlugs reserved = new ReservedSlugs(Set.of());

        assertThat(kindOf(() -> reserved.checkAvailable(new Slug("admin")))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> reserved.checkAvailable(new Slug("user-svc")))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void reservesTheConfiguredSlugsToo() {
        ReservedSlugs reserved = new ReservedSlugs(Set.of("root", "billing-svc"));

        assertThat(kindOf(() -> reserved.checkAvailable(new Slug("root")))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> reserved.checkAvailable(new Slug("billing-svc")))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(reserved.slugs()).contains("admin", "user-svc", "root", "billing-svc");
    }

    @Test
    void leavesOtherSlugsAvailable() {
        ReservedSlugs reserved = new ReservedSlugs(Set.of("root"));

        assertThatCode(() -> reserved.checkAvailable(new Slug("ada"))).doesNotThrowAnyException();
        assertThatCode(() -> reserved.checkAvailable(new Slug("admins"))).doesNotThrowAnyException();
    }
}
