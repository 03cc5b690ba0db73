package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.enroll.InMemoryEnrollRepository;
import dev.usersvc.domain.organization.InMemoryMembershipRepository;
import dev.usersvc.domain.token.InMemoryTokenRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A {@link UserRepository} in a map that behaves like the database: microsecond times, unique slugs and creation
 * times (nudged by a microsecond), keyset paging, and a delete that cascades to the stores it was built with.
 */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> users = new LinkedHashMap<>();
    private final InMemoryContactRepository contacts;
    private final InMemoryEnrollRepository enrolls;
    private final InMemoryTokenRepository tokens;
    private final InMemoryMembershipRepository memberships;

    public InMemoryUserRepository() {
        this(new InMemoryContactRepository(), new InMemoryEnrollRepository(), new InMemoryTokenRepository());
    }

    public InMemoryUserRepository(InMemoryContactRepository contacts, InMemoryEnrollRepository enrolls,
                                  InMemoryTokenRepository tokens) {
        this(contacts, enrolls, tokens, new InMemoryMembershipRepository());
    }

    public InMemoryUserRepository(InMemoryContactRepository contacts, InMemoryEnrollRepository enrolls,
                                  InMemoryTokenRepository tokens, InMemoryMembershipRepository memberships) {
        this.contacts = contacts;
        this.enrolls = enrolls;
        this.tokens = tokens;
        this.memberships = memberships;
    }

    @Override
    public synchronized User insert(User user) {
        if (users.values().stream().anyMatch(existing -> existing.slug().equals(user.slug()))) {
            throw DomainException.conflict("slug is already taken");
        }
        if (users.containsKey(user.id())) {
            throw DomainException.conflict("user id is already taken");
        }
        Instant createdAt = micros(user.createdAt());
        while (isCreationTimeTaken(createdAt)) {
            createdAt = createdAt.plus(1, ChronoUnit.MICROS);
        }
        User stored = asStored(user, createdAt);
        users.put(stored.id(), stored);
        return stored;
    }

    private boolean isCreationTimeTaken(Instant createdAt) {
        return users.values().stream().anyMatch(existing -> existing.createdAt().equals(createdAt));
    }

    @Override
    public synchronized void update(User user) {
        User existing = users.get(user.id());
        if (existing == null) {
            throw DomainException.notFound("user not found");
        }
        if (users.values().stream().anyMatch(other -> !other.id().equals(user.id())
                && other.slug().equals(user.slug()))) {
            throw DomainException.conflict("slug is already taken");
        }
        // like the database, an update never moves the creation time (it is the paging key)
        users.put(user.id(), asStored(user, existing.createdAt()));
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findBySlug(Slug slug) {
        return users.values().stream().filter(user -> user.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized Page<User> list(UserQuery query) {
        Predicate<User> filter = filterOf(query);
        List<User> matching = users.values().stream().filter(filter).toList();
        Comparator<User> order = Comparator.comparing((User user) -> sortKey(user, query))
                .thenComparing(user -> user.id().value());
        if (query.descending()) {
            order = order.reversed();
        }
        List<User> page = matching.stream()
                .filter(user -> query.after().map(after -> isPast(sortKey(user, query), after, query)).orElse(true))
                .sorted(order)
                .limit(query.limit())
                .toList();
        return new Page<>(page, query.withTotal() ? matching.size() : 0);
    }

    private Predicate<User> filterOf(UserQuery query) {
        Set<UserId> ids = query.ids().map(HashSet::new).orElse(null);
        if (query.contactId().isPresent() && query.contactId().flatMap(this::ownerOf).isEmpty()) {
            return user -> false;
        }
        return user -> (ids == null || ids.contains(user.id()))
                && query.search().map(term -> user.slug().value().equals(term) || user.name().equals(term)
                        || ownsContact(user.id(), term)).orElse(true)
                && query.contactId().map(contactId -> ownsContact(user.id(), contactId.value())).orElse(true)
                && query.type().map(type -> user.type() == type).orElse(true);
    }

    private Optional<UserId> ownerOf(ContactId contactId) {
        return contacts.findById(contactId).map(Contact::userId);
    }

    private boolean ownsContact(UserId userId, String contactId) {
        return contacts.findByUser(userId).stream().anyMatch(contact -> contact.id().value().equals(contactId));
    }

    private static Instant sortKey(User user, UserQuery query) {
        return query.sortField() == UserQuery.SortField.CREATED_AT ? user.createdAt() : user.updatedAt();
    }

    private static boolean isPast(Instant value, Instant after, UserQuery query) {
        return query.descending() ? value.isBefore(after) : value.isAfter(after);
    }

    @Override
    public synchronized void delete(UserId id) {
        if (users.remove(id) == null) {
            throw DomainException.notFound("user not found");
        }
        contacts.deleteByUser(id);
        enrolls.deleteByUser(id);
        tokens.deleteByUser(id);
        memberships.deleteByUser(id);
    }

    @Override
    public synchronized long count() {
        return users.size();
    }

    @Override
    public synchronized long countByType(UserType type) {
        return users.values().stream().filter(user -> user.type() == type).count();
    }

    private static User asStored(User user, Instant createdAt) {
        return User.restore(user.id(), user.slug(), user.name(), user.type(), user.thumbnailFileId(), user.labels(),
                user.passwordHash().orElse(null), createdAt, micros(user.updatedAt()));
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
