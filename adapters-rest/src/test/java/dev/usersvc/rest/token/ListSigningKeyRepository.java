package dev.usersvc.rest.token;

import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.token.SigningKeyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A private list-backed store for these tests; it counts reads so tests can tell when the key set was reloaded.
 * The shared in-memory fakes live in the domain test-jar and are being written separately.
 */
public final class ListSigningKeyRepository implements SigningKeyRepository {
    private final List<SigningKey> keys = new ArrayList<>();
    private int reads;

    @Override
    public synchronized void insert(SigningKey key) {
        if (keys.stream().anyMatch(existing -> existing.keyId().equals(key.keyId()))) {
            throw new IllegalStateException("duplicate key id");
        }
        keys.add(key);
    }

    @Override
    public synchronized void retireAllBut(String keepKeyId, Instant at) {
        keys.replaceAll(key -> key.keyId().equals(keepKeyId) || key.retiredAt().isPresent() ? key : key.retire(at));
    }

    @Override
    public synchronized List<SigningKey> findAll() {
        reads++;
        return keys.stream()
                .sorted(Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::keyId).reversed())
                .toList();
    }

    synchronized int reads() {
        return reads;
    }
}
