package dev.usersvc.rest.token;

/** Contract definition {@code GetPublicKeyResponse}: the current signing key, PEM "PUBLIC KEY". */
public record GetPublicKeyResponse(String publicKey) {
}
