package dev.usersvc.application.token;

import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.token.SigningKeyGenerator;
import dev.usersvc.domain.token.SigningKeyRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Makes sure a signing key exists, and rotates it. Keys live in the store so every node signs with the same one.
 * Two nodes creating the first key at once both succeed; the newest key signs and both verify.
 */
public final class SigningKeys {
    private final SigningKeyRepository keys;
    private final SigningKeyGenerator generator;
    private final Clock clock;

    public SigningKeys(SigningKeyRepository keys, SigningKeyGenerator generator, Clock clock) {
        this.keys = keys;
        this.generator = generator;
        this.clock = clock;
    }

    public void ensureOne() {
        if (keys.findAll().stream().noneMatch(key -> key.retiredAt().isEmpty())) {
            keys.insert(generator.generate(clock.instant()));
        }
    }

    /** Starts signing with a new key; the old ones stay valid for verification, so issued tokens keep working. */
    public SigningKey rotate() {
        Instant now = clock.instant();
        SigningKey fresh = generator.generate(now);
        keys.insert(fresh);
        keys.retireAllBut(fresh.keyId(), now);
        return fresh;
    }

    public List<SigningKey> all() {
        return keys.findAll();
    }
}
