package dev.usersvc.application.token;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenVerifier;

/** Turns a bearer token into a caller. Fails with UNAUTHENTICATED for a bad, expired or revoked token. */
public final class Authenticate {
    private final TokenVerifier verifier;
    private final RevocationList revocations;

    public Authenticate(TokenVerifier verifier, RevocationList revocations) {
        this.verifier = verifier;
        this.revocations = revocations;
    }

    public Caller handle(String token) {
        return handle(token, "");
    }

    /** As {@link #handle(String)}, for a request from {@code clientAddress}. */
    public Caller handle(String token, String clientAddress) {
        TokenClaims claims = verifier.verify(token);
        if (revocations.isRevoked(claims.jti())) {
            throw DomainException.unauthenticated("token has been revoked");
        }
        return Caller.from(claims, clientAddress);
    }
}
