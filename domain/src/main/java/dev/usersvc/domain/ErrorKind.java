package dev.usersvc.domain;

/** What went wrong, in terms a client can act on. The REST adapter maps each kind to one HTTP status. */
public enum ErrorKind {
    INVALID_INPUT,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_MANY_ATTEMPTS
}
