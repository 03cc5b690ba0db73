package dev.usersvc.domain.enroll;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An {@link EnrollRepository} in a map that behaves like the database: unique ids, microsecond times. */
public final class InMemoryEnrollRepository implements EnrollRepository {
    private static final Comparator<Enroll> ORDER =
            Comparator.comparing(Enroll::createdAt).thenComparing(enroll -> enroll.id().value());

    private final Map<EnrollId, Enroll> enrolls = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Enroll enroll) {
        if (enrolls.containsKey(enroll.id())) {
            throw DomainException.conflict("enroll id is already taken");
        }
        enrolls.put(enroll.id(), asStored(enroll));
    }

    @Override
    public synchronized void update(Enroll enroll) {
        if (!enrolls.containsKey(enroll.id())) {
            throw DomainException.notFound("enroll not found");
        }
        enrolls.put(enroll.id(), asStored(enroll));
    }

    @Override
    public synchronized Optional<Enroll> findById(EnrollId id) {
        return Optional.ofNullable(enrolls.get(id));
    }

    @Override
    public synchronized Set<String> rolesOf(UserId userId, Collection<ContactId> verifiedContacts, AppId appId) {
        return enrolls.values().stream()
                .filter(enroll -> enroll.appId().equals(appId) || enroll.appId().isAll())
                .filter(enroll -> enroll.userId().filter(userId::equals).isPresent()
                        || enroll.contactId().filter(verifiedContacts::contains).isPresent())
                .map(enroll -> enroll.role().value())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized boolean holdsAnywhere(UserId userId, Role role) {
        return enrolls.values().stream()
                .anyMatch(enroll -> enroll.userId().filter(userId::equals).isPresent() && enroll.role().equals(role));
    }

    @Override
    public synchronized boolean exists(AppId appId, UserId userId, Role role) {
        return enrolls.values().stream().anyMatch(enroll -> enroll.appId().equals(appId)
                && enroll.userId().filter(userId::equals).isPresent() && enroll.role().equals(role));
    }

    @Override
    public synchronized List<Enroll> list(EnrollFilter filter) {
        return enrolls.values().stream()
                .filter(enroll -> filter.role().map(role -> enroll.role().value().equals(role)).orElse(true))
                .filter(enroll -> filter.userId().map(id -> enroll.userId().filter(id::equals).isPresent())
                        .orElse(true))
                .filter(enroll -> filter.contactId().map(id -> enroll.contactId().filter(id::equals).isPresent())
                        .orElse(true))
                .filter(enroll -> filter.appId().map(enroll.appId()::equals).orElse(true))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public synchronized List<Enroll> page(EnrollFilter filter, Optional<EnrollCursor> after, int limit) {
        return list(filter).stream()
                .sorted(ORDER.reversed())
                .filter(enroll -> after.map(cursor -> enroll.createdAt().isBefore(cursor.createdAt())
                        || enroll.createdAt().equals(cursor.createdAt())
                        && enroll.id().value().compareTo(cursor.id().value()) < 0).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void delete(EnrollId id) {
        enrolls.remove(id);
    }

    @Override
    public synchronized int deleteRole(AppId appId, UserId userId, Role role) {
        int before = enrolls.size();
        enrolls.values().removeIf(enroll -> enroll.appId().equals(appId)
                && enroll.userId().filter(userId::equals).isPresent() && enroll.role().equals(role));
        return before - enrolls.size();
    }

    /** What {@code UserRepository.delete} does to the enrolls made by user id. */
    public synchronized void deleteByUser(UserId userId) {
        enrolls.values().removeIf(enroll -> enroll.userId().filter(userId::equals).isPresent());
    }

    private static Enroll asStored(Enroll enroll) {
        return new Enroll(enroll.id(), enroll.appId(), enroll.role(), enroll.userId(), enroll.contactId(),
                enroll.createdBy(), enroll.createdAt().truncatedTo(ChronoUnit.MICROS),
                enroll.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }
}
