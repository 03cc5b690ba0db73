package dev.usersvc.persistence.crypto;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.PasswordHasher;

/**
 * argon2id with OWASP's minimum parameters by default (19 MiB, 2 iterations, 1 lane). Hashes are PHC strings
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}) that carry their own parameters, so raising them later
 * only makes {@link #needsRehash} say yes for older hashes.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    public static final int DEFAULT_MEMORY_KIB = 19_456;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;

    private final Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id);
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    /** Checked against for unknown slugs, so a failed login costs the same whether or not the account exists. */
    private final String dummyHash;

    public Argon2PasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.dummyHash = hash(new Password("dummy-password-nobody-has")).encoded();
    }

    @Override
    public PasswordHash hash(Password password) {
        char[] chars = password.value().toCharArray();
        try {
            return new PasswordHash(argon2.hash(iterations, memoryKib, parallelism, chars));
        } finally {
            argon2.wipeArray(chars);
        }
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return verify(hash.encoded(), password);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return argon2.needsRehash(hash.encoded(), iterations, memoryKib, parallelism);
    }

    @Override
    public void burnEquivalentWork(Password password) {
        verify(dummyHash, password);
    }

    private boolean verify(String encoded, Password password) {
        char[] chars = password.value().toCharArray();
        try {
            return argon2.verify(encoded, chars);
        } finally {
            argon2.wipeArray(chars);
        }
    }
}
