package dev.usersvc.application.app;

import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;

/** Reads an app by host, creating it when missing (public, as in the contract). */
public final class ReadApp {
    private final AppResolver appResolver;

    public ReadApp(AppResolver appResolver) {
        this.appResolver = appResolver;
    }

    public App handle(AppHost host) {
        return appResolver.getOrCreate(host);
    }
}
