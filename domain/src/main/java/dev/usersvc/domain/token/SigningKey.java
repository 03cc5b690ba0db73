package dev.usersvc.domain.token;

import java.time.Instant;
import java.util.Optional;

/**
 * An RSA key pair in PEM form (private key PKCS#8, public key SubjectPublicKeyInfo). The newest unretired key
 * signs; retired keys keep verifying until the refresh window has passed.
 */
public record SigningKey(String keyId, String privateKeyPem, String publicKeyPem, Instant createdAt,
                         Optional<Instant> retiredAt) {
    public SigningKey retire(Instant now) {
        return new SigningKey(keyId, privateKeyPem, publicKeyPem, createdAt, Optional.of(now));
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + "]";
    }
}
