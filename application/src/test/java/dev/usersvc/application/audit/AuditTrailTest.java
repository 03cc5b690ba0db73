package dev.usersvc.application.audit;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.application.Caller;
import dev.usersvc.application.InMemoryTransactions;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.enroll.DeleteEnrolls;
import dev.usersvc.application.enroll.SaveEnrolls;
import dev.usersvc.application.token.RevokeTokens;
import dev.usersvc.application.user.ChangePassword;
import dev.usersvc.application.user.CreateUser;
import dev.usersvc.application.user.Register;
import dev.usersvc.application.user.ResetPassword;
import dev.usersvc.application.user.SaveUser;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.FixedPasswordHasher;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every write that changes who may do what leaves exactly one audit event; refusals and failures leave none. */
final class AuditTrailTest {
    private static final String ADMIN_ADDRESS = "198.51.100.4";

    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin().withClientAddress(ADMIN_ADDRESS);

    @Test
    void creatingAUserRecordsWhoCreatedWhomFromWhere() {
        User bob = createUser("bob");

        AuditEvent event = onlyEvent();
        assertThat(event.id().value()).startsWith("aud_");
        assertThat(event.action()).isEqualTo(AuditAction.USER_CREATE);
        assertThat(event.actorId()).contains(admin.userId());
        assertThat(event.actorSlug()).isEqualTo("admin");
        assertThat(event.target()).isEqualTo(bob.id().value());
        assertThat(event.clientAddress()).isEqualTo(ADMIN_ADDRESS);
        assertThat(event.at()).isEqualTo(world.clock.instant());
        assertThat(event.appId()).contains(world.apps.findByHost(APP).orElseThrow().id());
    }

    @Test
    void resettingAPasswordRecordsOneEventAndNoSecret() {
        UserId bob = createUser("bob").id();
        clearLog();

        world.useCases.resetPassword().handle(admin, new ResetPassword.Command(bob, new Password("reset-password-1")));

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo(AuditAction.USER_PASSWORD_RESET);
        assertThat(event.target()).isEqualTo(bob.value());
        assertThat(event.detail()).doesNotContain("reset-password-1");
    }

    @Test
    void deletingAUserRecordsOneEvent() {
        UserId bob = createUser("bob").id();
        clearLog();

        world.useCases.deleteUser().handle(admin, bob);

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo(AuditAction.USER_DELETE);
        assertThat(event.target()).isEqualTo(bob.value());
        assertThat(event.actorId()).contains(admin.userId());
    }

    @Test
    void editingAUserAndChangingOnesOwnPasswordRecordOneEventEach() {
        UserId bob = createUser("bob").id();
        clearLog();
        world.useCases.saveUser().handle(admin, new SaveUser.Command(bob, "Bob", ""));
        assertThat(onlyEvent().action()).isEqualTo(AuditAction.USER_EDIT);
        clearLog();

        Caller ada = world.registered("ada");
        clearLog();
        world.useCases.changePassword().handle(ada, new ChangePassword.Command(new Password(PASSWORD),
                new Password("changed-password-1"), "192.0.2.1"));

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo(AuditAction.USER_PASSWORD_CHANGE);
        assertThat(event.target()).isEqualTo(ada.userId().value());
        assertThat(event.actorId()).contains(ada.userId());
    }

    @Test
    void registeringRecordsTheNewUserAsItsOwnActor() {
        clearLog();
        world.useCases.register().handle(new Register.Command(APP, new Slug("cleo"), "Cleo", new Password(PASSWORD),
                "phone", Optional.empty(), Optional.empty(), "192.0.2.9"));

        AuditEvent event = onlyEvent();
        UserId cleo = world.users.findBySlug(new Slug("cleo")).orElseThrow().id();
        assertThat(event.action()).isEqualTo(AuditAction.USER_REGISTER);
        assertThat(event.actorId()).contains(cleo);
        assertThat(event.target()).isEqualTo(cleo.value());
        assertThat(event.clientAddress()).isEqualTo("192.0.2.9");
    }

    @Test
    void savingAndDeletingAnEnrollRecordOneEventEach() {
        UserId bob = createUser("bob").id();
        clearLog();

        world.useCases.saveEnrolls().handle(admin, new SaveEnrolls.Command(List.of(new SaveEnrolls.Item(
                Optional.empty(), AppTarget.CALLERS, new Role("shop:pro"), Optional.of(bob), Optional.empty()))));

        AuditEvent saved = onlyEvent();
        assertThat(saved.action()).isEqualTo(AuditAction.ENROLL_SAVE);
        assertThat(saved.target()).isEqualTo(bob.value());
        assertThat(saved.detail()).contains("shop:pro");
        clearLog();

        EnrollId enroll = world.enrolls.list(new EnrollFilter(Optional.of("shop:pro"),
                Optional.empty(), Optional.empty(), Optional.empty())).stream().map(Enroll::id).findFirst()
                .orElseThrow();
        world.useCases.deleteEnrolls().handle(admin, new DeleteEnrolls.Command(List.of(enroll)));

        AuditEvent deleted = onlyEvent();
        assertThat(deleted.action()).isEqualTo(AuditAction.ENROLL_DELETE);
        assertThat(deleted.target()).isEqualTo(enroll.value());
    }

    @Test
    void revokingTokensRecordsOneEventNamingWhose() {
        UserId bob = createUser("bob").id();
        clearLog();

        world.useCases.revokeTokens().handle(admin, new RevokeTokens.Command(Optional.empty(), Optional.of(bob),
                false));

        AuditEvent event = onlyEvent();
        assertThat(event.action()).isEqualTo(AuditAction.TOKENS_REVOKE);
        assertThat(event.target()).isEqualTo(bob.value());
    }

    @Test
    void aRefusedActionRecordsNothing() {
        UserId bob = createUser("bob").id();
        Caller ada = world.registered("ada");
        clearLog();

        assertThat(kindOf(() -> world.useCases.deleteUser().handle(ada, bob))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.resetPassword().handle(ada,
                new ResetPassword.Command(bob, new Password("reset-password-1"))))).isEqualTo(ErrorKind.FORBIDDEN);

        assertThat(world.auditLog.all()).isEmpty();
    }

    @Test
    void aChangeThatFailsInsideTheTransactionRecordsNothing() {
        UserId bob = createUser("bob").id();
        clearLog();
        ResetPassword failing = new ResetPassword(new FailingUpdates(world.users), new FixedPasswordHasher(),
                world.useCases.permissions(), new InMemoryTransactions(), new Audit(world.auditLog, world.clock),
                world.clock);

        assertThatThrownBy(() -> failing.handle(admin, new ResetPassword.Command(bob,
                new Password("reset-password-1")))).hasMessage("disk full");

        assertThat(world.auditLog.all()).isEmpty();
    }

    @Test
    void onlyAHolderOfAuditViewMayListTheLog() {
        createUser("bob");
        world.clock.advance(Duration.ofSeconds(1));
        Caller ada = world.registered("ada");

        Page<AuditEvent> page = world.useCases.listAuditEvents().handle(admin, AuditQuery.firstPage(10));

        assertThat(page.items()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.USER_REGISTER, AuditAction.USER_CREATE);
        assertThat(kindOf(() -> world.useCases.listAuditEvents().handle(ada, AuditQuery.firstPage(10))))
                .isEqualTo(ErrorKind.FORBIDDEN);
    }

    private User createUser(String slug) {
        return world.useCases.createUser().handle(admin, new CreateUser.Command(APP, Optional.empty(),
                new Slug(slug), "Name of " + slug, "", Map.of(), List.of(), Optional.of(new Password(PASSWORD)),
                List.of()));
    }

    private AuditEvent onlyEvent() {
        assertThat(world.auditLog.all()).hasSize(1);
        return world.auditLog.all().get(0);
    }

    private void clearLog() {
        world.auditLog.clear();
    }

    /** A user store whose updates fail, as a database that went away mid-request would. */
    private static final class FailingUpdates implements UserRepository {
        private final UserRepository delegate;

        FailingUpdates(UserRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public User insert(User user) {
            return delegate.insert(user);
        }

        @Override
        public void update(User user) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public Optional<User> findById(UserId id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<User> findBySlug(Slug slug) {
            return delegate.findBySlug(slug);
        }

        @Override
        public Page<User> list(UserQuery query) {
            return delegate.list(query);
        }

        @Override
        public void delete(UserId id) {
            delegate.delete(id);
        }

        @Override
        public long count() {
            return delegate.count();
        }

        @Override
        public long countByType(UserType type) {
            return delegate.countByType(type);
        }
    }
}
