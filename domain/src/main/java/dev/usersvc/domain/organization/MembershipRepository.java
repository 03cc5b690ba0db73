package dev.usersvc.domain.organization;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores memberships, one per (organization, user). Deleting a user deletes its memberships. */
public interface MembershipRepository {
    /** Inserts, or replaces the {@code active} flag of the existing membership (its creation time stays). */
    void save(Membership membership);

    /** Returns whether there was a membership to delete. */
    boolean delete(OrganizationId organizationId, UserId userId);

    /** Oldest first. */
    List<Membership> findByUser(UserId userId, AppId appId);

    Optional<OrganizationId> activeOf(UserId userId, AppId appId);

    /** Makes this membership the user's only active one in the app; the others stay, inactive. */
    void setActive(UserId userId, AppId appId, OrganizationId organizationId);

    /** Oldest first. */
    List<Membership> members(OrganizationId organizationId);

    /** The user's memberships in every app, oldest first. */
    List<Membership> findByUserInEveryApp(UserId userId);
}
