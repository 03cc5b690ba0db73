package dev.usersvc.domain.token;

/** Signs claims into a compact token with the current signing key. */
public interface TokenIssuer {
    String sign(TokenClaims claims);
}
