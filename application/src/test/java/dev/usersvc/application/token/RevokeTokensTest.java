package dev.usersvc.application.token;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RevokeTokensTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final IssuedToken adas = world.register("ada");
    private final IssuedToken bobs = world.register("bob");

    @Test
    void revokesTheCallersOwnTokensAtOnce() {
        Caller ada = world.callerOf(adas);
        IssuedToken adasPhone = world.useCases.exchangeToken().handle(ada,
                new ExchangeToken.Command(Optional.empty(), Optional.of(adas.token().appId()), Optional.of("phone")));

        int revoked = world.useCases.revokeTokens().handle(ada,
                new RevokeTokens.Command(Optional.empty(), Optional.empty(), false));

        assertThat(revoked).isEqualTo(2);
        assertThat(kindOf(() -> world.callerOf(adas))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(kindOf(() -> world.callerOf(adasPhone))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(world.tokens.findByJti(adas.token().jti()).orElseThrow().isRevoked()).isTrue();
        assertThat(world.callerOf(bobs).slug()).isEqualTo("bob");
    }

    @Test
    void revokesOnlyTheNamedDevice() {
        Caller ada = world.callerOf(adas);
        IssuedToken adasPhone = world.useCases.exchangeToken().handle(ada,
                new ExchangeToken.Command(Optional.empty(), Optional.of(adas.token().appId()), Optional.of("phone")));

        world.useCases.revokeTokens().handle(ada,
                new RevokeTokens.Command(Optional.of("phone"), Optional.empty(), false));

        assertThat(kindOf(() -> world.callerOf(adasPhone))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(world.callerOf(adas).slug()).isEqualTo("ada");
    }

    @Test
    void letsAUserNameItselfWithoutThePermission() {
        Caller ada = world.callerOf(adas);

        world.useCases.revokeTokens().handle(ada,
                new RevokeTokens.Command(Optional.empty(), Optional.of(ada.userId()), false));

        assertThat(kindOf(() -> world.callerOf(adas))).isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void forbidsANormalUserToRevokeAnotherUsersTokens() {
        Caller ada = world.callerOf(adas);
        UserId bob = bobs.token().userId();

        assertThat(kindOf(() -> world.useCases.revokeTokens().handle(ada,
                new RevokeTokens.Command(Optional.empty(), Optional.of(bob), false)))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.callerOf(bobs).slug()).isEqualTo("bob");
        assertThat(world.tokens.findByJti(bobs.token().jti()).orElseThrow().isRevoked()).isFalse();
    }

    @Test
    void forbidsAllTokensWithoutThePermission() {
        Caller ada = world.callerOf(adas);

        assertThat(kindOf(() -> world.useCases.revokeTokens().handle(ada,
                new RevokeTokens.Command(Optional.empty(), Optional.empty(), true)))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.callerOf(adas).slug()).isEqualTo("ada");
        assertThat(world.callerOf(bobs).slug()).isEqualTo("bob");
    }

    @Test
    void refusesUserIdTogetherWithAllTokens() {
        Caller admin = world.loginAdmin();

        assertThat(kindOf(() -> world.useCases.revokeTokens().handle(admin,
                new RevokeTokens.Command(Optional.empty(), Optional.of(bobs.token().userId()), true))))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.callerOf(bobs).slug()).isEqualTo("bob");
    }

    @Test
    void letsTheAdminRevokeAnotherUsersTokens() {
        IssuedToken adminsToken = world.login("admin", TestUseCases.ADMIN_PASSWORD);
        Caller admin = world.callerOf(adminsToken);

        int revoked = world.useCases.revokeTokens().handle(admin,
                new RevokeTokens.Command(Optional.empty(), Optional.of(bobs.token().userId()), false));

        assertThat(revoked).isEqualTo(1);
        assertThat(kindOf(() -> world.callerOf(bobs))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(world.callerOf(adas).slug()).isEqualTo("ada");
        assertThat(world.callerOf(adminsToken).isAdmin()).isTrue();
    }

    @Test
    void letsTheAdminRevokeEveryonesTokens() {
        IssuedToken adminsToken = world.login("admin", TestUseCases.ADMIN_PASSWORD);
        Caller admin = world.callerOf(adminsToken);

        world.useCases.revokeTokens().handle(admin, new RevokeTokens.Command(Optional.empty(), Optional.empty(), true));

        assertThat(kindOf(() -> world.callerOf(adas))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(kindOf(() -> world.callerOf(bobs))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(kindOf(() -> world.callerOf(adminsToken))).isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void letsAUserLogInAgainAfterRevokingItsTokens() {
        world.useCases.revokeTokens().handle(world.callerOf(adas),
                new RevokeTokens.Command(Optional.empty(), Optional.empty(), false));

        IssuedToken fresh = world.login("ada", TestUseCases.PASSWORD);

        assertThat(fresh.token().id()).isNotEqualTo(adas.token().id());
        assertThat(world.callerOf(fresh).slug()).isEqualTo("ada");
    }
}
