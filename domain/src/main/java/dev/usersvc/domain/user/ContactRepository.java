package dev.usersvc.domain.user;

import java.util.List;
import java.util.Optional;

/**
 * Stores contacts. A contact id is globally unique: {@link #insert} fails with CONFLICT when it is taken, and
 * {@link #update} with NOT_FOUND when the contact is gone.
 */
public interface ContactRepository {
    void insert(Contact contact);

    void update(Contact contact);

    Optional<Contact> findById(ContactId id);

    List<Contact> findByUser(UserId userId);

    /** The contact ids of every user in the list, in one round trip (for listings). */
    java.util.Map<UserId, List<ContactId>> contactIdsOf(List<UserId> userIds);
}
