package dev.usersvc.application.app;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;

/** Finds an app by host, creating it when missing (the contract's get-or-create), safely under races. */
public final class AppResolver {
    private final AppRepository apps;

    public AppResolver(AppRepository apps) {
        this.apps = apps;
    }

    public App getOrCreate(AppHost host) {
        return apps.findByHost(host).orElseGet(() -> create(host));
    }

    private App create(AppHost host) {
        App app = new App(AppId.random(), host);
        try {
            apps.insert(app);
            return app;
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
            // another request created it first: theirs is the app
            return apps.findByHost(host).orElseThrow(() -> e);
        }
    }
}
