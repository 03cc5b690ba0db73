package dev.usersvc.domain.user;

import dev.usersvc.domain.Page;
import java.util.List;
import java.util.Optional;

/**
 * Stores accounts. Slugs are unique: {@link #insert} fails with CONFLICT when one is taken, also under a race.
 * Creation times are unique too (the store nudges a colliding one by a microsecond), which is what lets the
 * listing page by time without skipping or repeating anyone.
 */
public interface UserRepository {
    /** Inserts and returns the user as stored (its creation time may have been nudged to stay unique). */
    User insert(User user);

    /** Fails with NOT_FOUND when the user is gone. */
    void update(User user);

    Optional<User> findById(UserId id);

    Optional<User> findBySlug(Slug slug);

    Page<User> list(UserQuery query);

    /** Deletes the user and everything that hangs off it (contacts, enrolls by user id, memberships, tokens). */
    void delete(UserId id);

    long count();

    /** How many users of this type; cheap at any size (an index on the type). */
    long countByType(UserType type);
}
