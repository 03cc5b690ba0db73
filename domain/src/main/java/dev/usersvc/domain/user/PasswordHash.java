package dev.usersvc.domain.user;

/** An encoded password hash (for argon2id, the PHC string). Never logged. */
public record PasswordHash(String encoded) {
    public PasswordHash {
        if (encoded == null || encoded.isEmpty()) {
            throw new IllegalArgumentException("empty password hash");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
