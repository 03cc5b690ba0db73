package dev.usersvc.application.enroll;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFixtures;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ListEnrollsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller shop = world.registered("shop");
    private final Caller bob = world.registered("bob");
    private final Enroll bobPro = EnrollFixtures.anEnroll().user(bob.userId()).role("shop:pro").build();
    private final Enroll bobOther = EnrollFixtures.anEnroll().user(bob.userId()).role("other:pro").build();
    private final Enroll byContact = EnrollFixtures.anEnroll().contact(new ContactId("x@example.com"))
            .role("shop:pro").build();

    ListEnrollsTest() {
        world.enrolls.insert(bobPro);
        world.enrolls.insert(bobOther);
        world.enrolls.insert(byContact);
    }

    @Test
    void listsTheEnrollsOfARoleTheCallerOwns() {
        assertThat(world.useCases.listEnrolls().handle(shop, command(Optional.of("shop:pro"), Optional.empty(),
                Optional.empty()))).containsExactly(bobPro, byContact);
    }

    @Test
    void showsANonAdminOnlyItsOwnEnrollsOfRolesItOwns() {
        // a caller whose slug owns shop:* listing its own enrolls: other:pro stays hidden
        Caller shopBob = new Caller(bob.userId(), "shop", bob.roles(), bob.appId(), bob.device(),
                bob.activeOrganizationId(), bob.jti(), bob.expiresAt());

        assertThat(world.useCases.listEnrolls().handle(shopBob, command(Optional.empty(),
                Optional.of(bob.userId()), Optional.empty()))).containsExactly(bobPro);
    }

    @Test
    void forbidsANonAdminForeignRolesOtherUsersAndContacts() {
        assertThat(kindOf(() -> world.useCases.listEnrolls().handle(shop, command(Optional.of("other:pro"),
                Optional.empty(), Optional.empty())))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.listEnrolls().handle(shop, command(Optional.empty(),
                Optional.of(bob.userId()), Optional.empty())))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(kindOf(() -> world.useCases.listEnrolls().handle(shop, command(Optional.empty(),
                Optional.empty(), Optional.of("x@example.com"))))).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void letsTheAdminListByAnyFilter() {
        Caller admin = world.loginAdmin();

        assertThat(world.useCases.listEnrolls().handle(admin, command(Optional.empty(),
                Optional.of(bob.userId()), Optional.empty()))).containsExactlyInAnyOrder(bobPro, bobOther);
        assertThat(world.useCases.listEnrolls().handle(admin, command(Optional.empty(), Optional.empty(),
                Optional.of("x@example.com")))).containsExactly(byContact);
    }

    @Test
    void needsAtLeastOneFilter() {
        assertThat(kindOf(() -> command(Optional.empty(), Optional.empty(), Optional.empty())))
                .isEqualTo(ErrorKind.INVALID_INPUT);
    }

    private static ListEnrolls.Command command(Optional<String> role, Optional<UserId> userId,
                                               Optional<String> contactId) {
        return new ListEnrolls.Command(role.map(Role::new), userId, contactId.map(ContactId::new));
    }
}
