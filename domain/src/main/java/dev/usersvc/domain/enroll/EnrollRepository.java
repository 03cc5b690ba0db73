package dev.usersvc.domain.enroll;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores enrolls. Ids are global: {@link #insert} fails with CONFLICT on a taken id. */
public interface EnrollRepository {
    void insert(Enroll enroll);

    /** Replaces the enroll with the same id; fails with NOT_FOUND when it is gone. */
    void update(Enroll enroll);

    Optional<Enroll> findById(EnrollId id);

    /** Roles of enrolls in {@code appId} or every app, by this user id or by any of the given (verified) contacts. */
    Set<String> rolesOf(UserId userId, Collection<ContactId> verifiedContacts, AppId appId);

    /** Whether the user holds {@code role} by user id in any app. */
    boolean holdsAnywhere(UserId userId, Role role);

    boolean exists(AppId appId, UserId userId, Role role);

    List<Enroll> list(EnrollFilter filter);

    /**
     * At most {@code limit} enrolls passing the filter, newest first (by creation time, then id), strictly after
     * the cursor when given: a keyset page, which costs the same however deep it is.
     */
    List<Enroll> page(EnrollFilter filter, Optional<EnrollCursor> after, int limit);

    void delete(EnrollId id);

    /** Deletes the enrolls of this user id with this role in this app; returns how many went. */
    int deleteRole(AppId appId, UserId userId, Role role);
}
