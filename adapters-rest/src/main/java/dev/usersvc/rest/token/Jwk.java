package dev.usersvc.rest.token;

/**
 * One RSA public key as served at {@code /.well-known/jwks.json} (RFC 7517): {@code n} and {@code e} are the
 * unsigned big-endian modulus and exponent, base64url without padding.
 */
public record Jwk(String kty, String use, String alg, String kid, String n, String e) {
}
