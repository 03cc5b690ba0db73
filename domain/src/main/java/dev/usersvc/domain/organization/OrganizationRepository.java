package dev.usersvc.domain.organization;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.Slug;
import java.util.List;
import java.util.Optional;

/**
 * Stores organizations. Ids are global; slugs are unique per app: {@link #insert} and {@link #update} fail with
 * CONFLICT when either is taken, also under a race.
 */
public interface OrganizationRepository {
    void insert(Organization organization);

    /** Replaces the organization with the same id; fails with NOT_FOUND when it is gone. */
    void update(Organization organization);

    Optional<Organization> findById(OrganizationId id);

    Optional<Organization> findBySlug(AppId appId, Slug slug);

    /** Ordered by creation time, then id. */
    List<Organization> list(OrganizationQuery query);

    /** Every organization, in every app. */
    long count();
}
