package dev.usersvc.domain.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link EnrollRepository} does, over an initially empty store. */
public interface EnrollRepositoryContract {
    EnrollRepository newRepository();

    @Test
    default void readsBackEveryFieldItStored() {
        EnrollRepository enrolls = newRepository();
        Enroll byUser = EnrollFixtures.anEnroll().role("pet-svc:pro").createdBy(UserId.random()).build();
        Enroll byContact = EnrollFixtures.anEnroll().contact(new ContactId("amy@example.com")).build();

        enrolls.insert(byUser);
        enrolls.insert(byContact);

        assertThat(enrolls.findById(byUser.id())).contains(byUser);
        assertThat(enrolls.findById(byContact.id())).contains(byContact);
        assertThat(enrolls.findById(EnrollId.random())).isEmpty();
    }

    @Test
    default void rejectsAnEnrollIdThatIsTaken() {
        EnrollRepository enrolls = newRepository();
        Enroll enroll = EnrollFixtures.anEnroll().build();
        enrolls.insert(enroll);

        assertThatThrownBy(() -> enrolls.insert(EnrollFixtures.anEnroll().id(enroll.id()).build()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("enroll id is already taken");
                });
    }

    @Test
    default void replacesAnEnrollOnUpdate() {
        EnrollRepository enrolls = newRepository();
        Enroll enroll = EnrollFixtures.anEnroll().build();
        enrolls.insert(enroll);

        Enroll claimed = new Enroll(enroll.id(), AppId.ALL, new Role("pet-svc:pro"), Optional.of(UserId.random()),
                Optional.of(new ContactId("amy@example.com")), Optional.empty(), enroll.createdAt(),
                enroll.updatedAt().plusSeconds(1));
        enrolls.update(claimed);

        assertThat(enrolls.findById(enroll.id())).contains(claimed);
    }

    @Test
    default void failsToUpdateAnEnrollThatIsGone() {
        EnrollRepository enrolls = newRepository();

        assertThatThrownBy(() -> enrolls.update(EnrollFixtures.anEnroll().build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    default void collectsRolesByUserAndVerifiedContactsInTheAppAndEveryApp() {
        EnrollRepository enrolls = newRepository();
        UserId user = UserId.random();
        AppId shoes = AppId.random();
        ContactId mail = new ContactId("amy@example.com");
        enrolls.insert(EnrollFixtures.anEnroll().user(user).app(shoes).role("shoe-svc:pro").build());
        enrolls.insert(EnrollFixtures.anEnroll().user(user).app(AppId.ALL).role("user-svc:user").build());
        enrolls.insert(EnrollFixtures.anEnroll().user(user).app(shoes).role("user-svc:user").build());
        enrolls.insert(EnrollFixtures.anEnroll().contact(mail).app(shoes).role("shoe-svc:vip").build());
        enrolls.insert(EnrollFixtures.anEnroll().user(user).app(AppId.random()).role("hat-svc:pro").build());
        enrolls.insert(EnrollFixtures.anEnroll().app(shoes).role("shoe-svc:admin").build());

        assertThat(enrolls.rolesOf(user, List.of(mail), shoes))
                .containsExactlyInAnyOrder("shoe-svc:pro", "user-svc:user", "shoe-svc:vip");
        assertThat(enrolls.rolesOf(user, List.of(), shoes)).containsExactlyInAnyOrder("shoe-svc:pro", "user-svc:user");
        assertThat(enrolls.rolesOf(UserId.random(), List.of(mail), shoes)).containsExactly("shoe-svc:vip");
        assertThat(enrolls.rolesOf(UserId.random(), List.of(), shoes)).isEmpty();
    }

    @Test
    default void answersWhetherAUserHoldsARole() {
        EnrollRepository enrolls = newRepository();
        UserId user = UserId.random();
        AppId shoes = AppId.random();
        enrolls.insert(EnrollFixtures.anEnroll().user(user).app(shoes).role("shoe-svc:pro").build());

        assertThat(enrolls.holdsAnywhere(user, new Role("shoe-svc:pro"))).isTrue();
        assertThat(enrolls.holdsAnywhere(user, new Role("shoe-svc:vip"))).isFalse();
        assertThat(enrolls.exists(shoes, user, new Role("shoe-svc:pro"))).isTrue();
        assertThat(enrolls.exists(AppId.random(), user, new Role("shoe-svc:pro"))).isFalse();
        assertThat(enrolls.exists(shoes, UserId.random(), new Role("shoe-svc:pro"))).isFalse();
    }

    @Test
    default void listsByRoleUserContactAndApp() {
        EnrollRepository enrolls = newRepository();
        UserId user = UserId.random();
        AppId shoes = AppId.random();
        ContactId mail = new ContactId("amy@example.com");
        Enroll pro = EnrollFixtures.anEnroll().user(user).app(shoes).role("shoe-svc:pro").build();
        Enroll vip = EnrollFixtures.anEnroll().contact(mail).role("shoe-svc:vip").build();
        Enroll other = EnrollFixtures.anEnroll().role("shoe-svc:pro").build();
        enrolls.insert(pro);
        enrolls.insert(vip);
        enrolls.insert(other);

        assertThat(enrolls.list(EnrollFilter.all())).containsExactly(pro, vip, other);
        assertThat(enrolls.list(new EnrollFilter(Optional.of("shoe-svc:pro"), Optional.empty(), Optional.empty(),
                Optional.empty()))).containsExactly(pro, other);
        assertThat(enrolls.list(new EnrollFilter(Optional.of("shoe-svc:pro"), Optional.of(user), Optional.empty(),
                Optional.of(shoes)))).containsExactly(pro);
        assertThat(enrolls.list(new EnrollFilter(Optional.empty(), Optional.empty(), Optional.of(mail),
                Optional.empty()))).containsExactly(vip);
    }

    @Test
    default void pagesNewestFirstByKeysetWithoutSkippingOrRepeatingTies() {
        EnrollRepository enrolls = newRepository();
        Enroll oldest = EnrollFixtures.anEnroll().role("shoe-svc:pro").build();
        Instant tie = Fixtures.uniqueTime();
        Enroll tiedA = EnrollFixtures.anEnroll().id(new EnrollId("enr_tie-a")).role("shoe-svc:pro").createdAt(tie)
                .build();
        Enroll tiedB = EnrollFixtures.anEnroll().id(new EnrollId("enr_tie-b")).role("shoe-svc:pro").createdAt(tie)
                .build();
        Enroll newest = EnrollFixtures.anEnroll().role("shoe-svc:pro").build();
        Enroll otherRole = EnrollFixtures.anEnroll().role("shoe-svc:vip").build();
        List.of(tiedB, newest, oldest, otherRole, tiedA).forEach(enrolls::insert);
        EnrollFilter pro = new EnrollFilter(Optional.of("shoe-svc:pro"), Optional.empty(), Optional.empty(),
                Optional.empty());

        List<Enroll> first = enrolls.page(pro, Optional.empty(), 2);
        List<Enroll> second = enrolls.page(pro, Optional.of(EnrollCursor.of(first.get(1))), 2);
        List<Enroll> third = enrolls.page(pro, Optional.of(EnrollCursor.of(second.get(1))), 2);

        assertThat(first).containsExactly(newest, tiedB);
        assertThat(second).containsExactly(tiedA, oldest);
        assertThat(third).isEmpty();
        assertThat(enrolls.page(EnrollFilter.all(), Optional.empty(), 10)).hasSize(5).first().isEqualTo(otherRole);
    }

    @Test
    default void deletesOneEnrollOrEveryEnrollOfARole() {
        EnrollRepository enrolls = newRepository();
        UserId user = UserId.random();
        AppId shoes = AppId.random();
        Enroll first = EnrollFixtures.anEnroll().user(user).app(shoes).role("shoe-svc:pro").build();
        Enroll second = EnrollFixtures.anEnroll().user(user).app(shoes).role("shoe-svc:pro").build();
        Enroll elsewhere = EnrollFixtures.anEnroll().user(user).role("shoe-svc:pro").build();
        Enroll kept = EnrollFixtures.anEnroll().user(user).app(shoes).role("shoe-svc:vip").build();
        List.of(first, second, elsewhere, kept).forEach(enrolls::insert);

        assertThat(enrolls.deleteRole(shoes, user, new Role("shoe-svc:pro"))).isEqualTo(2);
        enrolls.delete(elsewhere.id());

        assertThat(enrolls.list(EnrollFilter.all())).containsExactly(kept);
    }
}
