package dev.usersvc.rest.app;

/** Contract definition {@code ReadAppRequest}. */
public record ReadAppRequest(String host) {
}
