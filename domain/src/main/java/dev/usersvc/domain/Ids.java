package dev.usersvc.domain;

import java.security.SecureRandom;

/** Random, unguessable ids of the form {@code prefix_base62}: 22 base62 characters carry about 130 bits. */
public final class Ids {
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 22;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String random(String prefix) {
        return prefix + "_" + randomBase62();
    }

    public static String randomBase62() {
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }

    /** Checks an id handed in by a client: printable, no spaces, bounded. */
    public static String checkSupplied(String id, String what) {
        if (id == null || id.isEmpty() || id.length() > 128 || !id.chars().allMatch(c -> c > 32 && c < 127)) {
            throw DomainException.invalid(what + " must be 1 to 128 printable characters without spaces");
        }
        return id;
    }
}
