package dev.usersvc.rest.json;

/** Contract definition {@code App}. */
public record App(String id, String host) {
    public static App from(dev.usersvc.domain.app.App app) {
        return new App(app.id().value(), app.host().value());
    }
}
