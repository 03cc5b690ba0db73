package dev.usersvc.domain.token;

import java.util.List;

/** Stores signing keys so that every node signs with the same key. Key ids are unique. */
public interface SigningKeyRepository {
    void insert(SigningKey key);

    /** Marks every unretired key other than {@code keepKeyId} retired at {@code key.retiredAt()}. */
    void retireAllBut(String keepKeyId, java.time.Instant at);

    /** All keys, newest first. */
    List<SigningKey> findAll();
}
