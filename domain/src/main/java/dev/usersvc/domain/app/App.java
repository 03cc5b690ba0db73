package dev.usersvc.domain.app;

/** A tenant namespace. Tokens, permits, enrolls and organizations live in an app. */
public record App(AppId id, AppHost host) {
    public App withHost(AppHost newHost) {
        return new App(id, newHost);
    }
}
