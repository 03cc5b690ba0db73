package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;

/** A plain-text password on its way to the hasher. Never logged: toString hides it. */
public record Password(String value) {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    private static final int MAX_CHECKED_LENGTH = 1024;

    /** Any non-empty, bounded password can be checked; the length policy applies to new ones only. */
    public Password {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("password is required");
        }
        if (value.length() > MAX_CHECKED_LENGTH) {
            throw DomainException.invalid("password must be at most 256 characters");
        }
    }

    /** A password being set: 8 to 256 characters (decision 13). */
    public static Password newPassword(String value) {
        Password password = new Password(value);
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw DomainException.invalid("password must be 8 to 256 characters");
        }
        return password;
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
