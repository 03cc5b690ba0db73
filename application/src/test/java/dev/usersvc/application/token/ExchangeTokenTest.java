package dev.usersvc.application.token;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.EnrollFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ExchangeTokenTest {
    private static final AppHost NEW_HOST = new AppHost("new.example.com");

    private final TestUseCases world = TestUseCases.bootstrapped();
    private final IssuedToken adas = world.register("ada");
    private final Caller ada = world.callerOf(adas);

    @Test
    void createsANewAppAndScopesTheTokenToIt() {
        IssuedToken exchanged = world.useCases.exchangeToken().handle(ada,
                new ExchangeToken.Command(Optional.of(NEW_HOST), Optional.empty(), Optional.empty()));

        App created = world.apps.findByHost(NEW_HOST).orElseThrow();
        assertThat(exchanged.app()).isEqualTo(created);
        assertThat(exchanged.token().appId()).isEqualTo(created.id());
        assertThat(world.callerOf(exchanged).appId()).isEqualTo(created.id());
        assertThat(world.callerOf(exchanged).device()).isEqualTo(ada.device());
        assertThat(world.callerOf(adas).appId()).isEqualTo(adas.token().appId());
    }

    @Test
    void carriesTheRolesOfTheTargetApp() {
        world.enrolls.insert(EnrollFixtures.anEnroll().app(adas.token().appId()).user(ada.userId())
                .role("shop:pro").build());
        world.enrolls.insert(EnrollFixtures.anEnroll().app(AppId.ALL).user(ada.userId()).role("everywhere:vip")
                .build());

        IssuedToken exchanged = world.useCases.exchangeToken().handle(ada,
                new ExchangeToken.Command(Optional.of(NEW_HOST), Optional.empty(), Optional.empty()));

        assertThat(world.callerOf(exchanged).roles()).containsExactly("user-svc:user", "everywhere:vip");
    }

    @Test
    void exchangesIntoAnExistingAppByIdAndDevice() {
        AppId unnamed = world.apps.findByHost(AppHost.UNNAMED).orElseThrow().id();

        IssuedToken exchanged = world.useCases.exchangeToken().handle(ada,
                new ExchangeToken.Command(Optional.empty(), Optional.of(unnamed), Optional.of("cli")));

        assertThat(world.callerOf(exchanged).appId()).isEqualTo(unnamed);
        assertThat(world.callerOf(exchanged).device()).isEqualTo("cli");
    }

    @Test
    void answersNotFoundForAnUnknownAppId() {
        long apps = world.apps.count();

        assertThat(kindOf(() -> world.useCases.exchangeToken().handle(ada, new ExchangeToken.Command(
                Optional.empty(), Optional.of(AppId.random()), Optional.empty())))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(world.apps.count()).isEqualTo(apps);
    }

    @Test
    void needsAnAppHostOrAnAppId() {
        long apps = world.apps.count();

        assertThat(kindOf(() -> world.useCases.exchangeToken().handle(ada, new ExchangeToken.Command(
                Optional.empty(), Optional.empty(), Optional.of("cli"))))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.apps.count()).isEqualTo(apps);
    }
}
