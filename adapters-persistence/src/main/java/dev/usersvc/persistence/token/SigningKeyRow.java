package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.SigningKey;
import java.time.Instant;
import java.util.Optional;

/** One row of {@code signing_keys}. */
public record SigningKeyRow(String keyId, String privateKeyPem, String publicKeyPem, Instant createdAt,
                            Instant retiredAt) {
    static SigningKeyRow from(SigningKey key) {
        return new SigningKeyRow(key.keyId(), key.privateKeyPem(), key.publicKeyPem(), TokenRow.micros(key.createdAt()),
                key.retiredAt().map(TokenRow::micros).orElse(null));
    }

    SigningKey toDomain() {
        return new SigningKey(keyId, privateKeyPem, publicKeyPem, createdAt, Optional.ofNullable(retiredAt));
    }

    @Override
    public String toString() {
        return "SigningKeyRow[" + keyId + "]"; // never the private key
    }
}
