package dev.usersvc.rest.user;

/** Contract definition {@code ReadSelfRequest}. */
public record ReadSelfRequest(Boolean countTokens) {
    boolean wantsTokenCount() {
        return Boolean.TRUE.equals(countTokens);
    }
}
