package dev.usersvc.application.user;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SaveUserTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();
    private final UserId bob = world.register("bob").token().userId();

    @Test
    void replacesTheLabelsWhenGivenAndAuditsTheEdit() {
        world.useCases.saveUser().handle(admin, new SaveUser.Command(bob, "", "", Optional.of(Map.of("a", "1"))));
        world.useCases.saveUser().handle(admin,
                new SaveUser.Command(bob, "Bob B", "", Optional.of(Map.of("b", "2"))));

        User saved = world.users.findById(bob).orElseThrow();
        assertThat(saved.labels()).containsExactlyEntriesOf(Map.of("b", "2"));
        assertThat(saved.name()).isEqualTo("Bob B");
        assertThat(world.auditLog.all()).filteredOn(e -> e.action() == AuditAction.USER_EDIT)
                .extracting(AuditEvent::target).containsExactly(bob.value(), bob.value());
    }

    @Test
    void leavesTheLabelsAloneWithoutThem() {
        world.useCases.saveUser().handle(admin, new SaveUser.Command(bob, "", "", Optional.of(Map.of("a", "1"))));

        world.useCases.saveUser().handle(admin, new SaveUser.Command(bob, "Bob", ""));

        assertThat(world.users.findById(bob).orElseThrow().labels()).containsExactlyEntriesOf(Map.of("a", "1"));
    }

    @Test
    void aRefusedEditChangesNothing() {
        Caller plain = world.registered("plain");
        User before = world.users.findById(bob).orElseThrow();

        assertThat(kindOf(() -> world.useCases.saveUser().handle(plain,
                new SaveUser.Command(bob, "Mallory", "", Optional.of(Map.of()))))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.saveUser().handle(admin,
                new SaveUser.Command(bob, "x".repeat(201), "", Optional.of(Map.of())))))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.users.findById(bob)).contains(before);
    }
}
