package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.ADDRESS;
import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.application.TestUseCases.DEVICE;
import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.failureOf;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.TooManyAttemptsException;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LoginTest {
    private final TestUseCases world = TestUseCases.bootstrapped();

    @Test
    void logsInWithTheRightPassword() {
        IssuedToken registered = world.register("ada");
        world.clock.advance(Duration.ofMinutes(3));

        IssuedToken issued = world.login("ada", PASSWORD);

        assertThat(issued.token().userId()).isEqualTo(registered.token().userId());
        assertThat(world.callerOf(issued).slug()).isEqualTo("ada");
        assertThat(issued.app().host()).isEqualTo(APP);
    }

    @Test
    void failsAlikeForAWrongPasswordAndAnUnknownSlug() {
        world.register("ada");

        DomainException wrongPassword = failureOf(() -> world.login("ada", "wrong-password"));
        DomainException unknownSlug = failureOf(() -> world.login("nobody", PASSWORD));

        assertThat(wrongPassword.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(unknownSlug.kind()).isEqualTo(wrongPassword.kind());
        assertThat(unknownSlug.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void refusesAnAccountWithoutPassword() {
        assertThat(kindOf(() -> world.login("user-svc", PASSWORD))).isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void blocksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
        world.register("ada");
        for (int i = 0; i < 5; i++) {
            assertThat(kindOf(() -> world.login("ada", "wrong-password"))).isEqualTo(ErrorKind.UNAUTHENTICATED);
        }

        assertThatThrownBy(() -> world.login("ada", "wrong-password")).isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> world.login("ada", PASSWORD))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_ATTEMPTS);
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(16));
                });
    }

    @Test
    void liftsTheBlockOnceItsTimeHasPassed() {
        world.register("ada");
        for (int i = 0; i < 5; i++) {
            kindOf(() -> world.login("ada", "wrong-password"));
        }
        world.clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> world.login("ada", PASSWORD)).isInstanceOf(TooManyAttemptsException.class);

        world.clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(world.login("ada", PASSWORD).token().userId())
                .isEqualTo(world.users.findBySlug(new Slug("ada")).orElseThrow().id());
    }

    @Test
    void logsInByContact() {
        world.useCases.register().handle(new Register.Command(APP, new Slug("ada"), "Ada", new Password(PASSWORD),
                DEVICE, Optional.of(new NewContact(ContactId.normalized("Ada+x@Example.com"), "email", "", false,
                        true))));

        IssuedToken issued = world.useCases.login().handle(new Login.Command(APP, Optional.empty(),
                Optional.of(ContactId.normalized("ada@example.com")), new Password(PASSWORD), DEVICE, ADDRESS));

        assertThat(world.callerOf(issued).slug()).isEqualTo("ada");
    }

    @Test
    void handsOutTheSameTokenWhileItHasMoreThanHalfItsLife() {
        world.register("ada");
        IssuedToken first = world.login("ada", PASSWORD);
        world.clock.advance(Duration.ofMinutes(2));

        IssuedToken second = world.login("ada", PASSWORD);

        assertThat(second.token().id()).isEqualTo(first.token().id());
        assertThat(second.token().jwt()).isEqualTo(first.token().jwt());
    }

    @Test
    void mintsANewTokenOnceLessThanHalfItsLifeIsLeft() {
        world.register("ada");
        IssuedToken first = world.login("ada", PASSWORD);
        world.clock.advance(Duration.ofMinutes(3));

        IssuedToken second = world.login("ada", PASSWORD);

        assertThat(second.token().id()).isNotEqualTo(first.token().id());
        assertThat(second.token().expiresAt()).isAfter(first.token().expiresAt());
        assertThat(world.tokens.findActive(second.token().appId(), second.token().userId(), DEVICE))
                .map(token -> token.id()).contains(second.token().id());
    }

    private Login.Command loginFrom(String address, String password) {
        return new Login.Command(APP, Optional.of(new Slug("ada")), Optional.empty(), new Password(password), DEVICE,
                address);
    }

    @Test
    void failuresFromOneAddressDoNotLockTheAccountOutEverywhere() {
        world.register("ada");
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong-" + i;
            assertThat(kindOf(() -> world.useCases.login().handle(loginFrom("198.51.100.9", wrong))))
                    .isEqualTo(ErrorKind.UNAUTHENTICATED);
        }

        assertThat(kindOf(() -> world.useCases.login().handle(loginFrom("198.51.100.9", PASSWORD))))
                .isEqualTo(ErrorKind.TOO_MANY_ATTEMPTS);
        assertThat(world.useCases.login().handle(loginFrom(ADDRESS, PASSWORD)).token()).isNotNull();
    }

    @Test
    void failuresSpreadOverManyAddressesStillLockTheAccount() {
        world.register("ada");
        for (int i = 0; i < 50; i++) {
            String address = "198.51.100." + (i / 4);
            assertThat(kindOf(() -> world.useCases.login().handle(loginFrom(address, "wrong-pw"))))
                    .isEqualTo(ErrorKind.UNAUTHENTICATED);
        }

        assertThat(kindOf(() -> world.useCases.login().handle(loginFrom(ADDRESS, PASSWORD))))
                .isEqualTo(ErrorKind.TOO_MANY_ATTEMPTS);
    }

    @Test
    void aMalformedSlugFailsLikeAnUnknownAccount() {
        DomainException malformed = (DomainException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Login.typedSlug("Not A Slug"));

        assertThat(malformed.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(malformed.getMessage()).isEqualTo("invalid credentials");
        assertThat(Login.typedSlug("ada")).isEqualTo(new Slug("ada"));
    }
}
