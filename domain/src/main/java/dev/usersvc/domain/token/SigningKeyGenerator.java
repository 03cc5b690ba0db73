package dev.usersvc.domain.token;

import java.time.Instant;

/** Makes a fresh RSA key pair (at least 2048 bits) with a new key id. */
public interface SigningKeyGenerator {
    SigningKey generate(Instant now);
}
