package dev.usersvc.domain.organization;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link MembershipRepository} in a map that behaves like the database: one per (organization, user). */
public final class InMemoryMembershipRepository implements MembershipRepository {
    private static final Comparator<Membership> ORDER = Comparator.comparing(Membership::createdAt)
            .thenComparing(membership -> membership.organizationId().value())
            .thenComparing(membership -> membership.userId().value());

    private record Key(OrganizationId organizationId, UserId userId) {
    }

    private final Map<Key, Membership> memberships = new LinkedHashMap<>();

    @Override
    public synchronized void save(Membership membership) {
        Key key = new Key(membership.organizationId(), membership.userId());
        Membership existing = memberships.get(key);
        memberships.put(key, existing == null
                ? new Membership(membership.organizationId(), membership.userId(), membership.appId(),
                        membership.active(), membership.createdAt().truncatedTo(ChronoUnit.MICROS))
                : new Membership(existing.organizationId(), existing.userId(), existing.appId(), membership.active(),
                        existing.createdAt()));
    }

    @Override
    public synchronized boolean delete(OrganizationId organizationId, UserId userId) {
        return memberships.remove(new Key(organizationId, userId)) != null;
    }

    @Override
    public synchronized List<Membership> findByUser(UserId userId, AppId appId) {
        return memberships.values().stream()
                .filter(membership -> membership.userId().equals(userId) && membership.appId().equals(appId))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public synchronized Optional<OrganizationId> activeOf(UserId userId, AppId appId) {
        return findByUser(userId, appId).stream().filter(Membership::active).map(Membership::organizationId)
                .findFirst();
    }

    @Override
    public synchronized void setActive(UserId userId, AppId appId, OrganizationId organizationId) {
        memberships.replaceAll((key, membership) -> membership.userId().equals(userId)
                && membership.appId().equals(appId)
                ? new Membership(membership.organizationId(), userId, appId,
                        membership.organizationId().equals(organizationId), membership.createdAt())
                : membership);
    }

    @Override
    public synchronized List<Membership> members(OrganizationId organizationId) {
        return memberships.values().stream().filter(membership -> membership.organizationId().equals(organizationId))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public synchronized List<Membership> findByUserInEveryApp(UserId userId) {
        return memberships.values().stream().filter(membership -> membership.userId().equals(userId))
                .sorted(ORDER)
                .toList();
    }

    /** What {@code UserRepository.delete} does to the user's memberships. */
    public synchronized void deleteByUser(UserId userId) {
        memberships.values().removeIf(membership -> membership.userId().equals(userId));
    }
}
