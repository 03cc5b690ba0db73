package dev.usersvc.domain.organization;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.Slug;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link OrganizationRepository} in a map that behaves like the database: unique keys, microsecond times. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {
    private static final Comparator<Organization> ORDER =
            Comparator.comparing(Organization::createdAt).thenComparing(organization -> organization.id().value());

    private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Organization organization) {
        if (isSlugTaken(organization)) {
            throw DomainException.conflict("organization slug is already taken");
        }
        if (organizations.containsKey(organization.id())) {
            throw DomainException.conflict("organization id is already taken");
        }
        organizations.put(organization.id(), asStored(organization));
    }

    @Override
    public synchronized void update(Organization organization) {
        if (!organizations.containsKey(organization.id())) {
            throw DomainException.notFound("organization not found");
        }
        if (isSlugTaken(organization)) {
            throw DomainException.conflict("organization slug is already taken");
        }
        organizations.put(organization.id(), asStored(organization));
    }

    private boolean isSlugTaken(Organization organization) {
        return organizations.values().stream().anyMatch(other -> !other.id().equals(organization.id())
                && other.appId().equals(organization.appId()) && other.slug().equals(organization.slug()));
    }

    @Override
    public synchronized Optional<Organization> findById(OrganizationId id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public synchronized Optional<Organization> findBySlug(AppId appId, Slug slug) {
        return organizations.values().stream()
                .filter(organization -> organization.appId().equals(appId) && organization.slug().equals(slug))
                .findFirst();
    }

    @Override
    public synchronized List<Organization> list(OrganizationQuery query) {
        return organizations.values().stream()
                .filter(organization -> organization.appId().equals(query.appId()))
                .filter(organization -> query.ids().map(ids -> ids.contains(organization.id())).orElse(true))
                .filter(organization -> query.after().map(organization.createdAt()::isAfter).orElse(true))
                .sorted(ORDER)
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized long count() {
        return organizations.size();
    }

    private static Organization asStored(Organization organization) {
        return new Organization(organization.id(), organization.appId(), organization.name(), organization.slug(),
                organization.thumbnailFileId(), organization.createdAt().truncatedTo(ChronoUnit.MICROS),
                organization.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }
}
