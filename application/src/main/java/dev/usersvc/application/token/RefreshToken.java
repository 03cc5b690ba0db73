package dev.usersvc.application.token;

import dev.usersvc.application.Transactions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.token.Token;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenPolicy;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.token.TokenVerifier;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Swaps a token, expired or not, for a new one with the user's current roles (decision 8). The signature must
 * verify and the token must be stored, unrevoked and within the refresh window. A token refreshed moments ago by
 * someone else yields the same new token (grace window); later, it is spent. Fails with UNAUTHENTICATED.
 */
public final class RefreshToken {
    private final TokenVerifier verifier;
    private final TokenRepository tokens;
    private final UserRepository users;
    private final AppRepository apps;
    private final TokenMint mint;
    private final RevocationList revocations;
    private final Transactions transactions;
    private final Clock clock;

    public RefreshToken(TokenVerifier verifier, TokenRepository tokens, UserRepository users, AppRepository apps,
                        TokenMint mint, RevocationList revocations, Transactions transactions, Clock clock) {
        this.verifier = verifier;
        this.tokens = tokens;
        this.users = users;
        this.apps = apps;
        this.mint = mint;
        this.revocations = revocations;
        this.transactions = transactions;
        this.clock = clock;
    }

    public IssuedToken handle(String presented) {
        TokenClaims claims = verifier.verifyIgnoringExpiry(presented);
        Token stored = tokens.findByJti(claims.jti())
                .filter(token -> !token.isRevoked() && !revocations.isRevoked(token.jti()))
                .orElseThrow(() -> DomainException.unauthenticated("token cannot be refreshed"));
        Instant now = clock.instant();
        TokenPolicy policy = mint.policy();
        App app = apps.findById(stored.appId())
                .orElseThrow(() -> DomainException.unauthenticated("token cannot be refreshed"));
        if (stored.successorId().isPresent()) {
            return new IssuedToken(successorWithinGrace(stored, now, policy), app);
        }
        if (now.isAfter(stored.createdAt().plus(policy.refreshWindow()))) {
            throw DomainException.unauthenticated("token is too old to refresh, log in again");
        }
        User user = users.findById(stored.userId())
                .orElseThrow(() -> DomainException.unauthenticated("token cannot be refreshed"));
        Token fresh = mint.sign(user, stored.appId(), stored.device());
        try {
            return new IssuedToken(transactions.inTransaction(() -> {
                tokens.insert(fresh);
                if (!tokens.claimRefresh(stored.id(), fresh.id(), now)) {
                    throw new LostRefreshRace();
                }
                return fresh;
            }), app);
        } catch (LostRefreshRace race) {
            // a concurrent refresh of the same token won; its new token is the answer for both
            Token winner = tokens.findById(stored.id()).orElseThrow(
                    () -> DomainException.unauthenticated("token cannot be refreshed"));
            return new IssuedToken(successorWithinGrace(winner, now, policy), app);
        }
    }

    private Token successorWithinGrace(Token stored, Instant now, TokenPolicy policy) {
        Instant refreshedAt = stored.lastRefreshedAt().orElse(stored.createdAt());
        if (now.isAfter(refreshedAt.plus(policy.refreshGrace()))) {
            throw DomainException.unauthenticated("token was already refreshed");
        }
        return tokens.findById(stored.successorId().orElseThrow())
                .filter(token -> !token.isRevoked())
                .orElseThrow(() -> DomainException.unauthenticated("token cannot be refreshed"));
    }

    /** Thrown inside the transaction to roll back the loser's token; never leaves this class. */
    static final class LostRefreshRace extends RuntimeException {
        LostRefreshRace() {
            super(null, null, false, false);
        }
    }
}
