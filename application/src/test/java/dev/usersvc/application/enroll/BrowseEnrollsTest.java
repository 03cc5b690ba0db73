package dev.usersvc.application.enroll;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollCursor;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class BrowseEnrollsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();

    @Test
    void pagesEveryEnrollNewestFirstForAnAdmin() {
        Enroll older = EnrollFixtures.anEnroll().role("shop:pro").build();
        Enroll newer = EnrollFixtures.anEnroll().role("shop:pro").build();
        world.enrolls.insert(older);
        world.enrolls.insert(newer);
        Caller admin = world.loginAdmin();
        EnrollFilter shopPro = new EnrollFilter(Optional.of("shop:pro"), Optional.empty(), Optional.empty(),
                Optional.empty());

        List<Enroll> first = world.useCases.browseEnrolls().handle(admin,
                new BrowseEnrolls.Command(shopPro, Optional.empty(), 1));
        List<Enroll> second = world.useCases.browseEnrolls().handle(admin,
                new BrowseEnrolls.Command(shopPro, Optional.of(EnrollCursor.of(first.get(0))), 1));

        assertThat(first).containsExactly(newer);
        assertThat(second).containsExactly(older);
    }

    @Test
    void forbidsAnyoneButAPlatformAdmin() {
        Caller shop = world.registered("shop"); // holds user-svc:enroll:view, as every user does

        assertThat(kindOf(() -> world.useCases.browseEnrolls().handle(shop,
                new BrowseEnrolls.Command(EnrollFilter.all(), Optional.empty(), 50)))).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThat(kindOf(() -> new BrowseEnrolls.Command(EnrollFilter.all(), Optional.empty(), 0)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
    }
}
