package dev.usersvc.persistence.app;

import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;

/** One row of {@code apps}. */
public record AppRow(String id, String host) {
    static AppRow from(App app) {
        return new AppRow(app.id().value(), app.host().value());
    }

    App toDomain() {
        return new App(new AppId(id), new AppHost(host));
    }
}
