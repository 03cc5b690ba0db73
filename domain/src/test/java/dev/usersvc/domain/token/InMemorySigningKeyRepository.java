package dev.usersvc.domain.token;

import dev.usersvc.domain.DomainException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link SigningKeyRepository} in a map that behaves like the database. */
public final class InMemorySigningKeyRepository implements SigningKeyRepository {
    private final Map<String, SigningKey> keys = new LinkedHashMap<>();

    @Override
    public synchronized void insert(SigningKey key) {
        if (keys.containsKey(key.keyId())) {
            throw DomainException.conflict("signing key id is already taken");
        }
        keys.put(key.keyId(), new SigningKey(key.keyId(), key.privateKeyPem(), key.publicKeyPem(),
                micros(key.createdAt()), key.retiredAt().map(InMemorySigningKeyRepository::micros)));
    }

    @Override
    public synchronized void retireAllBut(String keepKeyId, Instant at) {
        keys.replaceAll((keyId, key) -> keyId.equals(keepKeyId) || key.retiredAt().isPresent()
                ? key : key.retire(micros(at)));
    }

    @Override
    public synchronized List<SigningKey> findAll() {
        return keys.values().stream()
                .sorted(Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::keyId).reversed())
                .toList();
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
