package dev.usersvc.domain.user;

/**
 * Hashes and checks passwords. Implementations use a slow, salted, memory-hard function and say when a stored
 * hash was made with weaker parameters than today's, so that login can rehash it.
 */
public interface PasswordHasher {
    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);

    boolean needsRehash(PasswordHash hash);

    /** Does the work of a check against a hash nobody has, so a login for an unknown slug costs the same. */
    void burnEquivalentWork(Password password);
}
