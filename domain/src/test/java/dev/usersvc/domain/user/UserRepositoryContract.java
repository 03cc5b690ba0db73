package dev.usersvc.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollFixtures;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.OrganizationFixtures;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.token.TokenFixtures;
import dev.usersvc.domain.token.TokenRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} does. Each method returns a store over the same, initially empty, data. */
public interface UserRepositoryContract {
    UserRepository newRepository();

    ContactRepository contacts();

    EnrollRepository enrolls();

    TokenRepository tokens();

    MembershipRepository memberships();

    @Test
    default void rejectsASecondUserWithTheSameSlug() {
        UserRepository users = newRepository();
        users.insert(UserFixtures.aHuman().slug("ada").build());

        assertThatThrownBy(() -> users.insert(UserFixtures.aHuman().slug("ada").build()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("slug is already taken");
                });
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    default void readsBackEveryFieldItStored() {
        UserRepository users = newRepository();
        User service = UserFixtures.aService().name("Pet store").thumbnailFileId("file_1")
                .labels(Map.of("team", "pets", "tier", "gold")).passwordHash("$argon2id$v=19$stand-in")
                .updatedAt(Fixtures.uniqueTime()).build();

        User stored = users.insert(service);

        assertThat(stored).isEqualTo(service);
        assertThat(users.findById(service.id())).contains(service);
        assertThat(users.findBySlug(service.slug())).contains(service);
    }

    @Test
    default void storesAUserThatHasNoPassword() {
        UserRepository users = newRepository();
        User user = users.insert(UserFixtures.aHuman().noPassword().build());

        assertThat(users.findById(user.id()).orElseThrow().passwordHash()).isEmpty();
    }

    @Test
    default void returnsTheUserWithItsTimesAtMicrosecondPrecision() {
        UserRepository users = newRepository();
        Instant withNanos = Fixtures.uniqueTime().plusNanos(123_456_789);

        User stored = users.insert(UserFixtures.aHuman().createdAt(withNanos).build());

        assertThat(stored.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
        assertThat(users.findById(stored.id())).contains(stored);
    }

    @Test
    default void nudgesATakenCreationTimeByAMicrosecond() {
        UserRepository users = newRepository();
        Instant same = Fixtures.uniqueTime();

        User first = users.insert(UserFixtures.aHuman().createdAt(same).build());
        User second = users.insert(UserFixtures.aHuman().createdAt(same).build());
        User third = users.insert(UserFixtures.aHuman().createdAt(same).build());

        assertThat(first.createdAt()).isEqualTo(same);
        assertThat(second.createdAt()).isEqualTo(same.plus(1, ChronoUnit.MICROS));
        assertThat(third.createdAt()).isEqualTo(same.plus(2, ChronoUnit.MICROS));
        assertThat(users.findById(third.id())).contains(third);
    }

    @Test
    default void updatesProfilePasswordAndLabels() {
        UserRepository users = newRepository();
        User user = users.insert(UserFixtures.aHuman().labels(Map.of("old", "1")).build());
        Instant later = user.createdAt().plusSeconds(60);

        User changed = user.withProfile("Grace", "file_9", later)
                .withLabelsMerged(Map.of("new", "2"), later)
                .withPassword(new PasswordHash("fixed:another"), later);
        users.update(changed);

        assertThat(users.findById(user.id())).contains(changed);
    }

    @Test
    default void failsToUpdateAUserThatIsGone() {
        UserRepository users = newRepository();

        assertThatThrownBy(() -> users.update(UserFixtures.aHuman().build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    default void findsNoUserForAnUnknownIdOrSlug() {
        UserRepository users = newRepository();
        users.insert(UserFixtures.aHuman().build());

        assertThat(users.findById(UserId.random())).isEmpty();
        assertThat(users.findBySlug(new Slug("nobody"))).isEmpty();
    }

    @Test
    default void pagesThroughEveryUserOnceEvenWhenCreationTimesCollide() {
        UserRepository users = newRepository();
        Instant same = Fixtures.uniqueTime();
        List<UserId> inserted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inserted.add(users.insert(UserFixtures.aHuman().createdAt(same).build()).id());
        }
        for (int i = 0; i < 3; i++) {
            inserted.add(users.insert(UserFixtures.aHuman().build()).id());
        }

        for (boolean descending : new boolean[] {true, false}) {
            List<User> seen = new ArrayList<>();
            Optional<Instant> after = Optional.empty();
            for (int page = 0; page < 10; page++) {
                UserQuery query = new UserQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), UserQuery.SortField.CREATED_AT, descending, after, 2, false);
                List<User> items = users.list(query).items();
                if (items.isEmpty()) {
                    break;
                }
                seen.addAll(items);
                after = Optional.of(items.get(items.size() - 1).createdAt());
            }
            assertThat(seen).extracting(User::id).containsExactlyInAnyOrderElementsOf(inserted);
            List<Instant> times = seen.stream().map(User::createdAt).toList();
            assertThat(times).isSortedAccordingTo(descending
                    ? java.util.Comparator.<Instant>reverseOrder() : java.util.Comparator.<Instant>naturalOrder());
        }
    }

    @Test
    default void sortsByUpdateTimeWhenAsked() {
        UserRepository users = newRepository();
        Instant base = Fixtures.uniqueTime();
        User early = users.insert(UserFixtures.aHuman().updatedAt(base.plusSeconds(30)).build());
        User late = users.insert(UserFixtures.aHuman().updatedAt(base.plusSeconds(60)).build());
        User middle = users.insert(UserFixtures.aHuman().updatedAt(base.plusSeconds(45)).build());

        UserQuery ascending = new UserQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                UserQuery.SortField.UPDATED_AT, false, Optional.empty(), 10, false);
        UserQuery pastMiddle = new UserQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                UserQuery.SortField.UPDATED_AT, true, Optional.of(middle.updatedAt()), 10, false);

        assertThat(users.list(ascending).items()).containsExactly(early, middle, late);
        assertThat(users.list(pastMiddle).items()).containsExactly(early);
    }

    @Test
    default void filtersByIdsAndTypeAndCountsOnlyWhenAsked() {
        UserRepository users = newRepository();
        User human = users.insert(UserFixtures.aHuman().build());
        User service = users.insert(UserFixtures.aService().build());
        users.insert(UserFixtures.aHuman().build());

        Page<User> byIds = users.list(query(Optional.of(List.of(human.id(), service.id())), Optional.empty(),
                Optional.empty(), Optional.empty(), true));
        Page<User> services = users.list(query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(UserType.SERVICE), true));
        Page<User> none = users.list(query(Optional.of(List.of()), Optional.empty(), Optional.empty(),
                Optional.empty(), true));
        Page<User> withoutTotal = users.list(query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false));

        assertThat(byIds.items()).containsExactly(service, human);
        assertThat(byIds.total()).isEqualTo(2);
        assertThat(services.items()).containsExactly(service);
        assertThat(services.total()).isEqualTo(1);
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(withoutTotal.items()).hasSize(3);
        assertThat(withoutTotal.total()).isZero();
    }

    @Test
    default void searchesBySlugNameOrContactId() {
        UserRepository users = newRepository();
        User bySlug = users.insert(UserFixtures.aHuman().slug("grace").name("G. Hopper").build());
        User byName = users.insert(UserFixtures.aHuman().name("grace").build());
        User byContact = users.insert(UserFixtures.aHuman().build());
        users.insert(UserFixtures.aHuman().name("Grace Hopper").build());
        contacts().insert(new Contact(new ContactId("grace"), byContact.id(), "other", "grace", true, true,
                Fixtures.uniqueTime(), Fixtures.uniqueTime()));

        Page<User> found = users.list(query(Optional.empty(), Optional.of("grace"), Optional.empty(),
                Optional.empty(), true));

        assertThat(found.items()).containsExactlyInAnyOrder(bySlug, byName, byContact);
        assertThat(found.total()).isEqualTo(3);
    }

    @Test
    default void filtersByTheOwnerOfAContact() {
        UserRepository users = newRepository();
        User owner = users.insert(UserFixtures.aHuman().build());
        users.insert(UserFixtures.aHuman().build());
        Contact contact = UserFixtures.aContact(owner.id());
        contacts().insert(contact);

        assertThat(users.list(query(Optional.empty(), Optional.empty(), Optional.of(contact.id()), Optional.empty(),
                true)).items()).containsExactly(owner);
        assertThat(users.list(query(Optional.empty(), Optional.empty(), Optional.of(new ContactId("nobody@x.org")),
                Optional.empty(), true)).items()).isEmpty();
    }

    @Test
    default void deletesTheUserWithItsContactsEnrollsAndTokens() {
        UserRepository users = newRepository();
        User user = users.insert(UserFixtures.aHuman().labels(Map.of("a", "b")).build());
        User other = users.insert(UserFixtures.aHuman().build());
        Contact contact = UserFixtures.aContact(user.id());
        contacts().insert(contact);
        enrolls().insert(EnrollFixtures.anEnroll().user(user.id()).build());
        enrolls().insert(EnrollFixtures.anEnroll().user(other.id()).build());
        tokens().insert(TokenFixtures.aToken().user(user.id()).build());
        tokens().insert(TokenFixtures.aToken().user(other.id()).build());

        users.delete(user.id());

        assertThat(users.findById(user.id())).isEmpty();
        assertThat(contacts().findById(contact.id())).isEmpty();
        assertThat(enrolls().list(EnrollFilter.all())).allMatch(enroll -> enroll.userId().orElseThrow()
                .equals(other.id())).hasSize(1);
        assertThat(tokens().countByUser(user.id())).isZero();
        assertThat(tokens().countByUser(other.id())).isEqualTo(1);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    default void deletesTheUsersMembershipsWithIt() {
        UserRepository users = newRepository();
        User user = users.insert(UserFixtures.aHuman().build());
        User other = users.insert(UserFixtures.aHuman().build());
        OrganizationId acme = OrganizationId.random();
        AppId shoes = AppId.random();
        memberships().save(OrganizationFixtures.aMembership(acme, user.id(), shoes));
        memberships().save(OrganizationFixtures.aMembership(acme, other.id(), shoes));

        users.delete(user.id());

        assertThat(memberships().members(acme)).extracting(Membership::userId)
                .containsExactly(other.id());
    }

    @Test
    default void failsToDeleteAUserThatIsGone() {
        UserRepository users = newRepository();

        assertThatThrownBy(() -> users.delete(UserId.random()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    private static UserQuery query(Optional<List<UserId>> ids, Optional<String> search, Optional<ContactId> contactId,
                                   Optional<UserType> type, boolean withTotal) {
        return new UserQuery(ids, search, contactId, type, UserQuery.SortField.CREATED_AT, true, Optional.empty(),
                UserQuery.MAX_LIMIT, withTotal);
    }

    @Test
    default void countsUsersByType() {
        UserRepository users = newRepository();
        users.insert(UserFixtures.aHuman().build());
        users.insert(UserFixtures.aHuman().build());
        users.insert(UserFixtures.aService().build());

        assertThat(users.countByType(UserType.HUMAN)).isEqualTo(2);
        assertThat(users.countByType(UserType.SERVICE)).isEqualTo(1);
        assertThat(users.count()).isEqualTo(3);
    }
}
