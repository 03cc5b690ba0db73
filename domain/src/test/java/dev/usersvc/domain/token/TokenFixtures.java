package dev.usersvc.domain.token;

import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.Ids;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code TokenFixtures.aToken().user(id).device("web").build()}: random ids, created now, valid for an hour. */
public final class TokenFixtures {
    private TokenId id = TokenId.random();
    private String jti = Ids.randomBase62();
    private AppId appId = new AppId("app_default");
    private UserId userId = UserId.random();
    private String device = "unknown";
    private boolean active = true;
    private Instant createdAt = Fixtures.uniqueTime();
    private Instant expiresAt;
    private Instant lastRefreshedAt;
    private TokenId successorId;
    private Instant revokedAt;

    private TokenFixtures() {
    }

    public static TokenFixtures aToken() {
        return new TokenFixtures();
    }

    public TokenFixtures app(AppId value) {
        this.appId = value;
        return this;
    }

    public TokenFixtures user(UserId value) {
        this.userId = value;
        return this;
    }

    public TokenFixtures device(String value) {
        this.device = value;
        return this;
    }

    public TokenFixtures inactive() {
        this.active = false;
        return this;
    }

    public TokenFixtures createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public TokenFixtures expiresAt(Instant value) {
        this.expiresAt = value;
        return this;
    }

    public TokenFixtures refreshedAt(Instant value, TokenId successor) {
        this.lastRefreshedAt = value;
        this.successorId = successor;
        return this;
    }

    public TokenFixtures revokedAt(Instant value) {
        this.revokedAt = value;
        return this;
    }

    public Token build() {
        return new Token(id, jti, appId, userId, device, "header." + jti + ".signature", active, createdAt,
                expiresAt == null ? createdAt.plus(Duration.ofHours(1)) : expiresAt,
                Optional.ofNullable(lastRefreshedAt), Optional.ofNullable(successorId), Optional.ofNullable(revokedAt));
    }

    /** A key pair stand-in: stores never parse the PEM text. */
    public static SigningKey aSigningKey(Instant createdAt) {
        String keyId = Ids.random("key");
        return new SigningKey(keyId, "-----BEGIN PRIVATE KEY-----\n" + keyId + "\n-----END PRIVATE KEY-----",
                "-----BEGIN PUBLIC KEY-----\n" + keyId + "\n-----END PUBLIC KEY-----", createdAt, Optional.empty());
    }
}
