package dev.usersvc.web.csrf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens for sessions and forms, and the one comparison every POST goes through. */
public final class CsrfTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** 256 random bits, URL- and cookie-safe. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Constant time, so a forger learns nothing from how fast a wrong token is refused; absent never matches. */
    public static boolean matches(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
