package dev.usersvc.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link TokenRepository} does, over an initially empty store. */
public interface TokenRepositoryContract {
    TokenRepository newRepository();

    @Test
    default void readsBackEveryFieldItStored() {
        TokenRepository tokens = newRepository();
        Instant now = Fixtures.uniqueTime();
        Token fresh = TokenFixtures.aToken().device("phone").build();
        Token used = TokenFixtures.aToken().inactive().refreshedAt(now, TokenId.random()).revokedAt(now).build();

        tokens.insert(fresh);
        tokens.insert(used);

        assertThat(tokens.findById(fresh.id())).contains(fresh);
        assertThat(tokens.findByJti(fresh.jti())).contains(fresh);
        assertThat(tokens.findById(used.id())).contains(used);
        assertThat(tokens.findByJti("unknown")).isEmpty();
    }

    @Test
    default void rejectsATokenIdThatIsTaken() {
        TokenRepository tokens = newRepository();
        Token token = TokenFixtures.aToken().build();
        tokens.insert(token);

        assertThatThrownBy(() -> tokens.insert(token))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    default void findsTheNewestActiveUnrevokedTokenOfAnAppUserAndDevice() {
        TokenRepository tokens = newRepository();
        UserId user = UserId.random();
        AppId app = AppId.random();
        Instant base = Fixtures.uniqueTime();
        Token older = TokenFixtures.aToken().user(user).app(app).device("web").createdAt(base).build();
        Token newer = TokenFixtures.aToken().user(user).app(app).device("web").createdAt(base.plusSeconds(1)).build();
        tokens.insert(older);
        tokens.insert(newer);
        tokens.insert(TokenFixtures.aToken().user(user).app(app).device("web").createdAt(base.plusSeconds(2))
                .inactive().build());
        tokens.insert(TokenFixtures.aToken().user(user).app(app).device("web").createdAt(base.plusSeconds(3))
                .revokedAt(base).build());
        tokens.insert(TokenFixtures.aToken().user(user).app(app).device("phone").createdAt(base.plusSeconds(4))
                .build());

        assertThat(tokens.findActive(app, user, "web")).contains(newer);

        tokens.deactivate(newer.id());
        assertThat(tokens.findActive(app, user, "web")).contains(older);
        assertThat(tokens.findActive(AppId.random(), user, "web")).isEmpty();
    }

    @Test
    default void deactivatesAUsersTokensInOneAppOrInEveryApp() {
        TokenRepository tokens = newRepository();
        UserId user = UserId.random();
        AppId shoes = AppId.random();
        AppId hats = AppId.random();
        tokens.insert(TokenFixtures.aToken().user(user).app(shoes).build());
        tokens.insert(TokenFixtures.aToken().user(user).app(hats).build());
        Token someoneElse = TokenFixtures.aToken().app(shoes).build();
        tokens.insert(someoneElse);

        tokens.deactivateAll(user, shoes);
        assertThat(tokens.findActive(shoes, user, "unknown")).isEmpty();
        assertThat(tokens.findActive(hats, user, "unknown")).isPresent();

        tokens.deactivateAll(user, AppId.ALL);
        assertThat(tokens.findActive(hats, user, "unknown")).isEmpty();
        assertThat(tokens.findActive(shoes, someoneElse.userId(), "unknown")).contains(someoneElse);
    }

    @Test
    default void letsOnlyTheFirstRefreshClaimAToken() {
        TokenRepository tokens = newRepository();
        Token token = TokenFixtures.aToken().build();
        tokens.insert(token);
        TokenId winner = TokenId.random();
        Instant now = token.createdAt().plusSeconds(10);

        assertThat(tokens.claimRefresh(token.id(), winner, now)).isTrue();
        assertThat(tokens.claimRefresh(token.id(), TokenId.random(), now.plusSeconds(1))).isFalse();

        Token claimed = tokens.findById(token.id()).orElseThrow();
        assertThat(claimed.successorId()).contains(winner);
        assertThat(claimed.lastRefreshedAt()).contains(now);
        assertThat(claimed.active()).isFalse();
        assertThat(tokens.claimRefresh(TokenId.random(), winner, now)).isFalse();
    }

    @Test
    default void revokesAUsersTokensOnOneDeviceAndLogsTheUnexpiredOnes() {
        TokenRepository tokens = newRepository();
        UserId user = UserId.random();
        Instant now = Fixtures.uniqueTime();
        Token live = TokenFixtures.aToken().user(user).device("web").createdAt(now.minusSeconds(60)).build();
        Token expired = TokenFixtures.aToken().user(user).device("web").createdAt(now.minusSeconds(7200))
                .expiresAt(now.minusSeconds(3600)).build();
        Token otherDevice = TokenFixtures.aToken().user(user).device("phone").build();
        Token otherUser = TokenFixtures.aToken().device("web").build();
        List.of(live, expired, otherDevice, otherUser).forEach(tokens::insert);
        long start = lastSequence(tokens, now);

        int revoked = tokens.revoke(Optional.of(user), Optional.of("web"), now);

        assertThat(revoked).isEqualTo(2);
        assertThat(tokens.findById(live.id()).orElseThrow().revokedAt()).contains(now);
        assertThat(tokens.findById(live.id()).orElseThrow().active()).isFalse();
        assertThat(tokens.findById(otherDevice.id()).orElseThrow().isRevoked()).isFalse();
        assertThat(tokens.findById(otherUser.id()).orElseThrow().isRevoked()).isFalse();
        assertThat(tokens.revocationsAfter(start, now)).extracting(Revocation::jti).containsExactly(live.jti());
        assertThat(tokens.revoke(Optional.of(user), Optional.of("web"), now)).isZero();
        assertThat(tokens.countByUser(user)).isEqualTo(1);
    }

    @Test
    default void revokesEveryonesTokensAndReplaysTheLogInOrder() {
        TokenRepository tokens = newRepository();
        Instant now = Fixtures.uniqueTime();
        Token first = TokenFixtures.aToken().expiresAt(now.plusSeconds(100)).build();
        Token second = TokenFixtures.aToken().expiresAt(now.plusSeconds(200)).build();
        tokens.insert(first);
        tokens.revoke(Optional.of(first.userId()), Optional.empty(), now);
        tokens.insert(second);

        assertThat(tokens.revoke(Optional.empty(), Optional.empty(), now)).isEqualTo(1);

        List<Revocation> log = tokens.revocationsAfter(0, now);
        assertThat(log).extracting(Revocation::jti).containsExactly(first.jti(), second.jti());
        assertThat(log.get(1).sequence()).isGreaterThan(log.get(0).sequence());
        assertThat(log.get(1).expiresAt()).isEqualTo(second.expiresAt());
        assertThat(tokens.revocationsAfter(log.get(0).sequence(), now)).containsExactly(log.get(1));
        assertThat(tokens.revocationsAfter(0, now.plusSeconds(150))).containsExactly(log.get(1));
        assertThat(tokens.countLive(now)).isZero();
    }

    @Test
    default void countsUnrevokedAndLiveTokens() {
        TokenRepository tokens = newRepository();
        UserId user = UserId.random();
        Instant now = Fixtures.uniqueTime();
        tokens.insert(TokenFixtures.aToken().user(user).createdAt(now).build());
        tokens.insert(TokenFixtures.aToken().user(user).createdAt(now.minus(Duration.ofHours(2))).build());
        tokens.insert(TokenFixtures.aToken().user(user).createdAt(now).revokedAt(now).build());

        assertThat(tokens.countByUser(user)).isEqualTo(2);
        assertThat(tokens.countLive(now)).isEqualTo(1);
    }

    @Test
    default void groupsAUsersTokensByDeviceNewestFirst() {
        TokenRepository tokens = newRepository();
        UserId user = UserId.random();
        Instant now = Fixtures.uniqueTime();
        tokens.insert(TokenFixtures.aToken().user(user).device("web").createdAt(now.minusSeconds(30)).build());
        tokens.insert(TokenFixtures.aToken().user(user).device("web").createdAt(now.minus(Duration.ofHours(2)))
                .build());
        tokens.insert(TokenFixtures.aToken().user(user).device("web").createdAt(now.minusSeconds(60))
                .revokedAt(now).build());
        tokens.insert(TokenFixtures.aToken().user(user).device("phone").createdAt(now.minusSeconds(10))
                .revokedAt(now).build());
        tokens.insert(TokenFixtures.aToken().device("web").createdAt(now).build());

        assertThat(tokens.devicesOf(user, now)).containsExactly(
                new DeviceTokens("phone", 0, 0, now.minusSeconds(10)),
                new DeviceTokens("web", 2, 1, now.minusSeconds(30)));
        assertThat(tokens.devicesOf(UserId.random(), now)).isEmpty();
    }

    @Test
    default void purgesOldTokensAndExpiredRevocations() {
        TokenRepository tokens = newRepository();
        Instant now = Fixtures.uniqueTime();
        Token old = TokenFixtures.aToken().createdAt(now.minus(Duration.ofDays(2))).build();
        Token recent = TokenFixtures.aToken().createdAt(now).build();
        tokens.insert(old);
        tokens.insert(recent);
        tokens.revoke(Optional.of(old.userId()), Optional.empty(), now.minus(Duration.ofDays(2)));

        int purged = tokens.purge(now.minus(Duration.ofDays(1)));

        assertThat(purged).isEqualTo(2);
        assertThat(tokens.findById(old.id())).isEmpty();
        assertThat(tokens.findById(recent.id())).contains(recent);
        assertThat(tokens.revocationsAfter(0, now.minus(Duration.ofDays(3)))).isEmpty();
    }

    private static long lastSequence(TokenRepository tokens, Instant now) {
        return tokens.revocationsAfter(0, now).stream().mapToLong(Revocation::sequence).max().orElse(0);
    }
}
