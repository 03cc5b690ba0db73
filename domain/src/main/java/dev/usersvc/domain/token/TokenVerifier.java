package dev.usersvc.domain.token;

/**
 * Verifies a token's signature, algorithm and key id. Fails with UNAUTHENTICATED, never with anything else, for
 * any token it does not accept.
 */
public interface TokenVerifier {
    TokenClaims verify(String token);

    /** For refresh: the signature must hold, the expiry may have passed. */
    TokenClaims verifyIgnoringExpiry(String token);
}
