package dev.usersvc.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AppRepository} does, over an initially empty store. */
public interface AppRepositoryContract {
    AppRepository newRepository();

    @Test
    default void findsAnAppByIdAndByHost() {
        AppRepository apps = newRepository();
        App app = AppFixtures.anApp();
        apps.insert(app);

        assertThat(apps.findById(app.id())).contains(app);
        assertThat(apps.findByHost(app.host())).contains(app);
        assertThat(apps.findByHost(new AppHost("elsewhere.org"))).isEmpty();
        assertThat(apps.count()).isEqualTo(1);
    }

    @Test
    default void rejectsAHostThatIsTakenOnInsertAndOnUpdate() {
        AppRepository apps = newRepository();
        apps.insert(AppFixtures.anApp("shoes.com"));
        App hats = AppFixtures.anApp("hats.com");
        apps.insert(hats);

        assertThatThrownBy(() -> apps.insert(AppFixtures.anApp("shoes.com")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("app host is already taken");
                });
        assertThatThrownBy(() -> apps.update(hats.withHost(new AppHost("shoes.com"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(apps.findById(hats.id())).contains(hats);
    }

    @Test
    default void updatesTheHost() {
        AppRepository apps = newRepository();
        App app = AppFixtures.anApp("old.example.com");
        apps.insert(app);

        apps.update(app.withHost(new AppHost("new.example.com")));

        assertThat(apps.findById(app.id()).orElseThrow().host()).isEqualTo(new AppHost("new.example.com"));
        assertThat(apps.findByHost(new AppHost("old.example.com"))).isEmpty();
    }

    @Test
    default void failsToUpdateAnAppThatIsGone() {
        AppRepository apps = newRepository();

        assertThatThrownBy(() -> apps.update(AppFixtures.anApp()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    default void listsByIdsAndHostsOrderedByHost() {
        AppRepository apps = newRepository();
        App c = AppFixtures.anApp("c.com");
        App a = AppFixtures.anApp("a.com");
        App b = AppFixtures.anApp("b.com");
        apps.insert(c);
        apps.insert(a);
        apps.insert(b);

        assertThat(apps.list(List.of(), List.of())).containsExactly(a, b, c);
        assertThat(apps.list(List.of(c.id(), a.id()), List.of())).containsExactly(a, c);
        assertThat(apps.list(List.of(), List.of(b.host(), c.host()))).containsExactly(b, c);
        assertThat(apps.list(List.of(a.id(), b.id()), List.of(b.host(), c.host()))).containsExactly(b);
        assertThat(apps.list(List.of(AppId.random()), List.of())).isEmpty();
    }
}
