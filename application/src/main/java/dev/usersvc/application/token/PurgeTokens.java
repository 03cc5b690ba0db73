package dev.usersvc.application.token;

import dev.usersvc.domain.token.TokenPolicy;
import dev.usersvc.domain.token.TokenRepository;
import java.time.Instant;

/** Forgets tokens too old to be refreshed, and revocations of tokens long expired. Returns how many went. */
public final class PurgeTokens {
    private final TokenRepository tokens;
    private final TokenPolicy policy;

    public PurgeTokens(TokenRepository tokens, TokenPolicy policy) {
        this.tokens = tokens;
        this.policy = policy;
    }

    public int handle(Instant now) {
        return tokens.purge(now.minus(policy.refreshWindow()).minus(policy.lifetime()));
    }
}
