package dev.usersvc.application.enroll;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.user.CreateUser;
import dev.usersvc.application.user.NewContact;
import dev.usersvc.application.user.Register;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SaveEnrollsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller shop = world.registered("shop");
    private final AppId app = world.apps.findByHost(APP).orElseThrow().id();

    @Test
    void givesAnExistingUserTheRoleAtOnceSoTheNextLoginCarriesIt() {
        UserId bob = world.register("bob").token().userId();

        List<Enroll> pending = save(shop, byUser(Optional.empty(), AppTarget.CALLERS, "shop:pro", bob));

        assertThat(pending).isEmpty();
        assertThat(world.enrolls.exists(app, bob, new Role("shop:pro"))).isTrue();
        assertThat(world.callerOf(world.login("bob", TestUseCases.PASSWORD)).roles()).contains("shop:pro");
    }

    @Test
    void forbidsARoleTheCallerDoesNotOwnAndSavesNothing() {
        Caller user = world.registered("user");
        int before = world.enrolls.list(EnrollFilter.all()).size();

        ErrorKind kind = kindOf(() -> save(user,
                byUser(Optional.empty(), AppTarget.CALLERS, "user:fine", user.userId()),
                byUser(Optional.empty(), AppTarget.CALLERS, Role.ADMIN.value(), user.userId())));

        assertThat(kind).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.enrolls.list(EnrollFilter.all())).hasSize(before);
        assertThat(world.callerOf(world.login("user", TestUseCases.PASSWORD)).roles())
                .doesNotContain(Role.ADMIN.value());
    }

    @Test
    void forbidsGivingARoleTheCallerMerelyHas() {
        UserId bob = world.register("bob").token().userId();
        save(shop, byUser(Optional.empty(), AppTarget.CALLERS, "shop:pro", bob));
        Caller bobWithRole = world.callerOf(world.login("bob", TestUseCases.PASSWORD));
        UserId carol = world.register("carol").token().userId();

        assertThat(kindOf(() -> save(bobWithRole, byUser(Optional.empty(), AppTarget.CALLERS, "shop:pro", carol))))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.enrolls.exists(app, carol, new Role("shop:pro"))).isFalse();
    }

    @Test
    void storesAPendingEnrollForAnUnknownUserThatAppliesOnceItExists() {
        UserId future = new UserId("usr_future");

        List<Enroll> pending = save(shop, byUser(Optional.empty(), AppTarget.ALL, "shop:pro", future));

        assertThat(pending).singleElement().satisfies(enroll -> {
            assertThat(enroll.userId()).contains(future);
            assertThat(enroll.appId()).isEqualTo(AppId.ALL);
            assertThat(enroll.createdBy()).contains(shop.userId());
        });
        assertThat(world.enrolls.findById(pending.get(0).id())).isPresent();
        Caller admin = world.loginAdmin();
        world.useCases.createUser().handle(admin, new CreateUser.Command(APP, Optional.of(future),
                new Slug("future"), "Future", "", Map.of(), List.of(), Optional.of(new Password("password-1")),
                List.of()));
        assertThat(world.callerOf(world.login("future", "password-1")).roles()).contains("shop:pro");
    }

    @Test
    void leavesAnEnrollByContactPendingWhileTheContactIsUnverified() {
        ContactId boss = new ContactId("boss@corp.example");
        world.useCases.register().handle(new Register.Command(APP, new Slug("boss"), "Boss",
                new Password(TestUseCases.PASSWORD), TestUseCases.DEVICE,
                Optional.of(new NewContact(boss, "email", "boss@corp.example", false, true))));

        List<Enroll> pending = save(shop, new SaveEnrolls.Item(Optional.empty(), AppTarget.CALLERS,
                new Role("shop:owner"), Optional.empty(), Optional.of(boss)));

        assertThat(pending).singleElement().satisfies(enroll -> assertThat(enroll.contactId()).contains(boss));
        assertThat(world.callerOf(world.login("boss", TestUseCases.PASSWORD)).roles()).doesNotContain("shop:owner");
    }

    @Test
    void givesTheRoleAtOnceToTheOwnerOfAVerifiedContact() {
        ContactId boss = new ContactId("boss@corp.example");
        world.useCases.createUser().handle(world.loginAdmin(), new CreateUser.Command(APP, Optional.empty(),
                new Slug("boss"), "Boss", "", Map.of(), List.of(new NewContact(boss, "email", boss.value(), true,
                true)), Optional.of(new Password("password-1")), List.of()));

        List<Enroll> pending = save(shop, new SaveEnrolls.Item(Optional.empty(), AppTarget.CALLERS,
                new Role("shop:owner"), Optional.empty(), Optional.of(boss)));

        assertThat(pending).isEmpty();
        assertThat(world.callerOf(world.login("boss", "password-1")).roles()).contains("shop:owner");
    }

    @Test
    void refusesToTakeOverAnotherOwnersEnrollByItsId() {
        EnrollId id = new EnrollId("enr_shop-pro");
        save(shop, byUser(Optional.of(id), AppTarget.CALLERS, "shop:pro", new UserId("usr_nobody")));
        Enroll original = world.enrolls.findById(id).orElseThrow();
        Caller mallory = world.registered("mallory");

        ErrorKind kind = kindOf(() -> save(mallory,
                byUser(Optional.of(id), AppTarget.CALLERS, "mallory:pro", mallory.userId())));

        assertThat(kind).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.enrolls.findById(id)).contains(original);
    }

    @Test
    void refusesAnIdTakenInAnotherApp() {
        EnrollId id = new EnrollId("enr_shop-pro");
        save(shop, byUser(Optional.of(id), AppTarget.CALLERS, "shop:pro", new UserId("usr_nobody")));

        assertThat(kindOf(() -> save(shop, byUser(Optional.of(id), AppTarget.ALL, "shop:pro",
                new UserId("usr_nobody"))))).isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.enrolls.findById(id).orElseThrow().appId()).isEqualTo(app);
    }

    @Test
    void createsTheAppOfAnUnknownHost() {
        UserId bob = world.register("bob").token().userId();

        save(shop, byUser(Optional.empty(), AppTarget.of("new.example.com"), "shop:pro", bob));

        AppId created = world.apps.findByHost(new AppHost("new.example.com")).orElseThrow().id();
        assertThat(world.enrolls.exists(created, bob, new Role("shop:pro"))).isTrue();
    }

    @Test
    void refusesAnEmptyRequestAndAnEnrollWithoutRecipient() {
        assertThatThrownBy(() -> new SaveEnrolls.Command(List.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT));
        assertThat(kindOf(() -> new SaveEnrolls.Item(Optional.empty(), AppTarget.CALLERS, new Role("shop:pro"),
                Optional.empty(), Optional.empty()))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    private List<Enroll> save(Caller caller, SaveEnrolls.Item... items) {
        return world.useCases.saveEnrolls().handle(caller, new SaveEnrolls.Command(List.of(items)));
    }

    private static SaveEnrolls.Item byUser(Optional<EnrollId> id, AppTarget app, String role, UserId userId) {
        return new SaveEnrolls.Item(id, app, new Role(role), Optional.of(userId), Optional.empty());
    }
}
