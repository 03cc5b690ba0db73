package dev.usersvc.domain.user;

/** A fast, transparent hasher for tests: the hash is {@code "fixed:" + password}. */
public final class FixedPasswordHasher implements PasswordHasher {
    private static final String PREFIX = "fixed:";

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(PREFIX + password.value());
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return hash.encoded().equals(PREFIX + password.value());
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return !hash.encoded().startsWith(PREFIX);
    }

    @Override
    public void burnEquivalentWork(Password password) {
        // nothing to burn: this hasher is instant whether or not the user exists
    }
}
