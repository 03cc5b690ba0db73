package dev.usersvc.application.app;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import org.junit.jupiter.api.Test;

final class UpdateAppTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();
    private final App shop = world.useCases.readApp().handle(new AppHost("old.example.com"));

    @Test
    void renamesAnApp() {
        App renamed = world.useCases.updateApp().handle(admin,
                new UpdateApp.Command(shop.id(), new AppHost("new.example.com")));

        assertThat(renamed).isEqualTo(new App(shop.id(), new AppHost("new.example.com")));
        assertThat(world.apps.findById(shop.id())).contains(renamed);
        assertThat(world.apps.findByHost(new AppHost("old.example.com"))).isEmpty();
    }

    @Test
    void refusesToRenameTheUnnamedApp() {
        App unnamed = world.apps.findByHost(AppHost.UNNAMED).orElseThrow();

        assertThat(kindOf(() -> world.useCases.updateApp().handle(admin,
                new UpdateApp.Command(unnamed.id(), new AppHost("named.example.com")))))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.apps.findById(unnamed.id())).contains(unnamed);
    }

    @Test
    void answersNotFoundForAnUnknownApp() {
        assertThat(kindOf(() -> world.useCases.updateApp().handle(admin,
                new UpdateApp.Command(AppId.random(), new AppHost("new.example.com")))))
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(world.apps.findByHost(new AppHost("new.example.com"))).isEmpty();
    }

    @Test
    void refusesAHostAnotherAppHas() {
        App other = world.useCases.readApp().handle(new AppHost("taken.example.com"));

        assertThat(kindOf(() -> world.useCases.updateApp().handle(admin,
                new UpdateApp.Command(shop.id(), other.host())))).isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.apps.findById(shop.id())).contains(shop);
        assertThat(world.apps.findById(other.id())).contains(other);
    }
}
