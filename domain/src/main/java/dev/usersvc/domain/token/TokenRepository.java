package dev.usersvc.domain.token;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores minted tokens and the revocation log every node replays. */
public interface TokenRepository {
    void insert(Token token);

    Optional<Token> findByJti(String jti);

    Optional<Token> findById(TokenId id);

    /** The newest active, unrevoked token of (app, user, device). */
    Optional<Token> findActive(AppId appId, UserId userId, String device);

    void deactivate(TokenId id);

    /** Clears {@code active} on the user's tokens in that app, or in every app for {@link AppId#ALL}. */
    void deactivateAll(UserId userId, AppId appId);

    /**
     * Marks {@code refreshed} as replaced by {@code successor} unless another refresh got there first.
     * Returns false when it lost that race: the caller then answers with the winner's token.
     */
    boolean claimRefresh(TokenId refreshed, TokenId successor, Instant now);

    /**
     * Revokes the unrevoked tokens of the user (every user when empty), on one device when given, and appends
     * the unexpired ones to the revocation log. Returns how many were revoked.
     */
    int revoke(Optional<UserId> userId, Optional<String> device, Instant now);

    /** Revocations after {@code sequence} whose tokens have not expired at {@code now}, in order. */
    List<Revocation> revocationsAfter(long sequence, Instant now);

    /** Unrevoked tokens of the user, every app and device. */
    long countByUser(UserId userId);

    /** Unrevoked, unexpired tokens. */
    long countLive(Instant now);

    /** The user's tokens grouped by device, most recently issued first (then by device). */
    List<DeviceTokens> devicesOf(UserId userId, Instant now);

    /** Forgets tokens created before {@code cutoff} and revocations of tokens expired before it. */
    int purge(Instant cutoff);
}
