package dev.usersvc.application.user;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.application.TestUseCases.DEVICE;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RegisterTest {
    private final TestUseCases world = TestUseCases.bootstrapped();

    @Test
    void registersAHumanAndLogsItInWithTheUserRoleFirst() {
        IssuedToken issued = world.register("ada");

        Caller caller = world.callerOf(issued);
        User stored = world.users.findBySlug(new Slug("ada")).orElseThrow();
        assertThat(caller.roles()).first().isEqualTo("user-svc:user");
        assertThat(caller.roles()).doesNotContain("user-svc:admin");
        assertThat(caller.userId()).isEqualTo(stored.id());
        assertThat(issued.app().host()).isEqualTo(APP);
        assertThat(stored.type()).isEqualTo(UserType.HUMAN);
        assertThat(stored.passwordHash()).isPresent();
    }

    @Test
    void makesAnSvcSlugAServiceAccount() {
        world.register("petstore-svc");

        assertThat(world.users.findBySlug(new Slug("petstore-svc")).orElseThrow().type())
                .isEqualTo(UserType.SERVICE);
    }

    @Test
    void refusesAReservedSlug() {
        long before = world.users.count();

        assertThat(kindOf(() -> world.register("admin"))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> world.register("user-svc"))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.users.count()).isEqualTo(before);
    }

    @Test
    void refusesATakenSlugAndWritesNothingElse() {
        IssuedToken first = world.register("ada");
        long usersBefore = world.users.count();
        ContactId contact = new ContactId("ada@example.com");
        AppHost newHost = new AppHost("elsewhere.example.com");

        ErrorKind kind = kindOf(() -> world.useCases.register().handle(new Register.Command(newHost,
                new Slug("ada"), "Another Ada", new Password("password-2"), DEVICE,
                Optional.of(new NewContact(contact, "email", "ada@example.com", false, true)))));

        assertThat(kind).isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.users.count()).isEqualTo(usersBefore);
        assertThat(world.contacts.findById(contact)).isEmpty();
        assertThat(world.apps.findByHost(newHost)).isEmpty();
        assertThat(world.tokens.countByUser(first.token().userId())).isEqualTo(1);
        assertThat(world.users.findBySlug(new Slug("ada")).orElseThrow().name()).isEqualTo("Name of ada");
    }

    @Test
    void refusesAShortPassword() {
        ErrorKind kind = kindOf(() -> world.useCases.register().handle(new Register.Command(APP, new Slug("ada"),
                "Ada", new Password("short"), DEVICE, Optional.empty())));

        assertThat(kind).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.users.findBySlug(new Slug("ada"))).isEmpty();
    }

    @Test
    void storesTheContactUnverified() {
        ContactId contact = ContactId.normalized("Ada+news@Example.com");

        world.useCases.register().handle(new Register.Command(APP, new Slug("ada"), "Ada",
                new Password("password-1"), DEVICE, Optional.of(new NewContact(contact, "email", "", true, true))));

        assertThat(world.contacts.findById(new ContactId("ada@example.com")).orElseThrow().verified()).isFalse();
    }
}
