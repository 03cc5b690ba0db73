package dev.usersvc.application.enroll;

import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollFixtures;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DeleteEnrollsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller shop = world.registered("shop");
    private final AppId app = world.apps.findByHost(APP).orElseThrow().id();

    @Test
    void takesTheRoleAwayFromTheNextLogin() {
        UserId bob = world.register("bob").token().userId();
        world.useCases.saveEnrolls().handle(shop, new SaveEnrolls.Command(List.of(new SaveEnrolls.Item(
                Optional.empty(), AppTarget.CALLERS, new Role("shop:pro"), Optional.of(bob), Optional.empty()))));
        assertThat(world.callerOf(world.login("bob", TestUseCases.PASSWORD)).roles()).contains("shop:pro");
        EnrollId id = world.enrolls.list(new EnrollFilter(Optional.of("shop:pro"), Optional.of(bob),
                Optional.empty(), Optional.empty())).get(0).id();

        world.useCases.deleteEnrolls().handle(shop, new DeleteEnrolls.Command(List.of(id)));

        assertThat(world.enrolls.findById(id)).isEmpty();
        assertThat(world.callerOf(world.login("bob", TestUseCases.PASSWORD)).roles()).doesNotContain("shop:pro");
    }

    @Test
    void deletesNothingWhenOneIdIsUnknownOrNotOwned() {
        Enroll mine = EnrollFixtures.anEnroll().app(app).role("shop:pro").build();
        Enroll foreign = EnrollFixtures.anEnroll().app(app).role("other:pro").build();
        world.enrolls.insert(mine);
        world.enrolls.insert(foreign);

        assertThat(kindOf(() -> world.useCases.deleteEnrolls().handle(shop,
                new DeleteEnrolls.Command(List.of(mine.id(), new EnrollId("enr_unknown"))))))
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kindOf(() -> world.useCases.deleteEnrolls().handle(shop,
                new DeleteEnrolls.Command(List.of(mine.id(), foreign.id()))))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.enrolls.findById(mine.id())).isPresent();
        assertThat(world.enrolls.findById(foreign.id())).isPresent();
    }

    @Test
    void keepsTheLastAdminsRole() {
        Caller admin = world.loginAdmin();
        List<Enroll> adminEnrolls = world.enrolls.list(new EnrollFilter(Optional.of(Role.ADMIN.value()),
                Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(kindOf(() -> world.useCases.deleteEnrolls().handle(admin,
                new DeleteEnrolls.Command(adminEnrolls.stream().map(Enroll::id).toList()))))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.callerOf(world.login(TestUseCases.ADMIN_SLUG.value(), TestUseCases.ADMIN_PASSWORD))
                .isAdmin()).isTrue();
    }
}
