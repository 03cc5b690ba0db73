package dev.usersvc.rest.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.application.MutableClock;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenVerifier;
import dev.usersvc.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingTokenVerifierTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(START);
    private final CountingVerifier delegate = new CountingVerifier();
    private final CachingTokenVerifier verifier = new CachingTokenVerifier(delegate, clock);

    @Test
    void answersARepeatedTokenFromTheCacheWithoutVerifyingItAgain() {
        TokenClaims first = verifier.verify("token-a");
        TokenClaims second = verifier.verify("token-a");

        assertThat(second).isEqualTo(first);
        assertThat(delegate.verifyCalls).isEqualTo(1);
    }

    @Test
    void verifiesEachDistinctToken() {
        verifier.verify("token-a");
        verifier.verify("token-b");

        assertThat(delegate.verifyCalls).isEqualTo(2);
    }

    @Test
    void stillAcceptsACachedTokenSixtySecondsPastItsExpiry() {
        verifier.verify("token-a");
        clock.advance(LIFETIME.plusSeconds(60));

        assertThat(verifier.verify("token-a").slug()).isEqualTo("ada");
        assertThat(delegate.verifyCalls).isEqualTo(1);
    }

    @Test
    void rejectsACachedTokenOnceTheClockPassesItsExpiryAndLeeway() {
        verifier.verify("token-a");
        clock.advance(LIFETIME.plusSeconds(61));

        assertThatThrownBy(() -> verifier.verify("token-a")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
            assertThat(e.getMessage()).isEqualTo("token is expired");
        });
        assertThat(delegate.verifyCalls).isEqualTo(1);
    }

    @Test
    void doesNotCacheFailures() {
        delegate.failing = true;
        assertThatThrownBy(() -> verifier.verify("token-a")).isInstanceOf(DomainException.class);
        delegate.failing = false;

        assertThat(verifier.verify("token-a").slug()).isEqualTo("ada");
        assertThat(delegate.verifyCalls).isEqualTo(2);
    }

    @Test
    void alwaysHandsRefreshVerificationToTheDelegate() {
        verifier.verify("token-a");
        verifier.verifyIgnoringExpiry("token-a");
        verifier.verifyIgnoringExpiry("token-a");

        assertThat(delegate.ignoringExpiryCalls).isEqualTo(2);
        assertThat(delegate.verifyCalls).isEqualTo(1);
    }

    @Test
    void passesANullTokenToTheDelegateToReject() {
        delegate.failing = true;

        assertThatThrownBy(() -> verifier.verify(null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED));
    }

    @Test
    void keepsWorkingWhenTheCacheIsFull() {
        CachingTokenVerifier tiny = new CachingTokenVerifier(delegate, clock, 1);

        for (int i = 0; i < 50; i++) {
            assertThat(tiny.verify("token-" + i).slug()).isEqualTo("ada");
        }
        assertThat(delegate.verifyCalls).isEqualTo(50);
    }

    /** Accepts every token with claims minted at {@link #START}, and counts how often it was asked. */
    private static final class CountingVerifier implements TokenVerifier {
        int verifyCalls;
        int ignoringExpiryCalls;
        boolean failing;

        @Override
        public TokenClaims verify(String token) {
            verifyCalls++;
            return answer(token);
        }

        @Override
        public TokenClaims verifyIgnoringExpiry(String token) {
            ignoringExpiryCalls++;
            return answer(token);
        }

        private TokenClaims answer(String token) {
            if (failing || token == null) {
                throw new DomainException(ErrorKind.UNAUTHENTICATED, "token is invalid");
            }
            return new TokenClaims(new UserId("usr_ada"), "ada", List.of("user-svc:user"), new AppId("app_unnamed"),
                    "laptop", Optional.empty(), "jti_" + token, START, START.plus(LIFETIME));
        }
    }
}
