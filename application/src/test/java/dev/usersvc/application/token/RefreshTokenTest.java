package dev.usersvc.application.token;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.enroll.EnrollFixtures;
import dev.usersvc.domain.token.Token;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RefreshTokenTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final IssuedToken adas = world.register("ada");

    @Test
    void refreshesAnExpiredTokenWithTheRolesTheUserHasNow() {
        world.enrolls.insert(EnrollFixtures.anEnroll().app(adas.token().appId()).user(adas.token().userId())
                .role("shop:pro").createdBy(adas.token().userId()).build());
        world.clock.advance(Duration.ofMinutes(6));
        assertThat(kindOf(() -> world.callerOf(adas))).isEqualTo(ErrorKind.UNAUTHENTICATED);

        IssuedToken refreshed = world.useCases.refreshToken().handle(adas.token().jwt());

        Caller caller = world.callerOf(refreshed);
        assertThat(refreshed.token().jwt()).isNotEqualTo(adas.token().jwt());
        assertThat(caller.roles()).containsExactly("user-svc:user", "shop:pro");
        assertThat(caller.userId()).isEqualTo(adas.token().userId());
        assertThat(refreshed.token().expiresAt()).isAfter(world.clock.instant());
        assertThat(refreshed.app().id()).isEqualTo(adas.token().appId());
    }

    @Test
    void marksTheOldTokenRefreshedAndTheNewOneActive() {
        IssuedToken refreshed = world.useCases.refreshToken().handle(adas.token().jwt());

        Token old = world.tokens.findById(adas.token().id()).orElseThrow();
        assertThat(old.successorId()).contains(refreshed.token().id());
        assertThat(old.active()).isFalse();
        assertThat(world.tokens.findActive(adas.token().appId(), adas.token().userId(), TestUseCases.DEVICE))
                .map(Token::id).contains(refreshed.token().id());
    }

    @Test
    void answersARepeatedRefreshWithinTheGraceWithTheSameNewToken() {
        IssuedToken first = world.useCases.refreshToken().handle(adas.token().jwt());
        world.clock.advance(Duration.ofSeconds(9));

        IssuedToken second = world.useCases.refreshToken().handle(adas.token().jwt());

        assertThat(second.token().id()).isEqualTo(first.token().id());
        assertThat(second.token().jwt()).isEqualTo(first.token().jwt());
    }

    @Test
    void refusesARepeatedRefreshAfterTheGrace() {
        world.useCases.refreshToken().handle(adas.token().jwt());
        world.clock.advance(Duration.ofSeconds(11));

        assertThat(kindOf(() -> world.useCases.refreshToken().handle(adas.token().jwt())))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void refusesARevokedToken() {
        world.useCases.revokeTokens().handle(world.callerOf(adas),
                new RevokeTokens.Command(Optional.empty(), Optional.empty(), false));

        assertThat(kindOf(() -> world.useCases.refreshToken().handle(adas.token().jwt())))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void refusesATokenRevokedAfterItWasRefreshedEvenWithinTheGrace() {
        world.useCases.refreshToken().handle(adas.token().jwt());
        world.useCases.revokeTokens().handle(world.callerOf(adas),
                new RevokeTokens.Command(Optional.empty(), Optional.empty(), false));

        assertThat(kindOf(() -> world.useCases.refreshToken().handle(adas.token().jwt())))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void refreshesWithinTheThirtyDayWindow() {
        world.clock.advance(Duration.ofDays(29));

        assertThat(world.callerOf(world.useCases.refreshToken().handle(adas.token().jwt())).slug()).isEqualTo("ada");
    }

    @Test
    void refusesATokenBeyondTheThirtyDayWindow() {
        world.clock.advance(Duration.ofDays(30).plusSeconds(1));

        assertThat(kindOf(() -> world.useCases.refreshToken().handle(adas.token().jwt())))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void refusesATokenItNeverSigned() {
        assertThat(kindOf(() -> world.useCases.refreshToken().handle("fake.forged")))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }
}
