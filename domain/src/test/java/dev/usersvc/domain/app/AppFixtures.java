package dev.usersvc.domain.app;

import dev.usersvc.domain.Fixtures;

public final class AppFixtures {
    private AppFixtures() {
    }

    /** An app with a random id and a random, unique host. */
    public static App anApp() {
        return new App(AppId.random(), new AppHost(Fixtures.randomWord("shop") + ".example.com"));
    }

    public static App anApp(String host) {
        return new App(AppId.random(), new AppHost(host));
    }
}
